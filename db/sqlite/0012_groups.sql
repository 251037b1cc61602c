-- A business partner's user groups (spec 6.18/6.19 getGroupsBP/getGroupsUser; spec 6.30 sendPushGroup reaches every
-- member). A group belongs to one BP; its members are that BP's accounts. Listed in id order.
-- Twin of db/sqlserver/0012_groups.sql.

CREATE TABLE user_groups (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES business_partners (id),
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

CREATE INDEX ix_user_groups_partner ON user_groups (partner_id, id);

CREATE TABLE user_group_members (
    group_id   INTEGER NOT NULL REFERENCES user_groups (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (group_id, account_id)
);

CREATE INDEX ix_user_group_members_account ON user_group_members (account_id, group_id);
