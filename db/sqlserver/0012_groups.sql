-- A business partner's user groups (spec 6.18/6.19 getGroupsBP/getGroupsUser; spec 6.30 sendPushGroup reaches every
-- member). A group belongs to one BP; its members are that BP's accounts. Listed in id order.
-- Twin of db/sqlite/0012_groups.sql.

CREATE TABLE dbo.user_groups (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_user_groups PRIMARY KEY,
    partner_id BIGINT NOT NULL CONSTRAINT fk_user_groups_partner_id REFERENCES dbo.business_partners (id),
    name NVARCHAR(255) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_user_groups_partner ON dbo.user_groups (partner_id, id);
GO

CREATE TABLE dbo.user_group_members (
    group_id BIGINT NOT NULL CONSTRAINT fk_user_group_members_group_id REFERENCES dbo.user_groups (id),
    account_id BIGINT NOT NULL CONSTRAINT fk_user_group_members_account_id REFERENCES dbo.accounts (id),
    CONSTRAINT pk_user_group_members PRIMARY KEY (group_id, account_id)
);
GO

CREATE INDEX ix_user_group_members_account ON dbo.user_group_members (account_id, group_id);
GO
