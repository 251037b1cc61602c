-- SIP accounts (spec 6.21, docs/contract.md §3; issue 8, ADR 18): the line a user's phone registers with, as getSIPInfo
-- answers it: the SIP user name, the registrar domain, the outbound proxy, the phone it is provisioned on (canonical
-- MAC, model) and its status (0 or 1). No SIP password is stored: no operation answers one, and the phone gets it
-- from provisioning, not from this platform. One account per user.
-- Twin of db/sqlite/0025_sip_accounts.sql.

CREATE TABLE dbo.sip_accounts (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_sip_accounts PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_sip_accounts_account_id REFERENCES dbo.accounts (id),
    username NVARCHAR(255) NOT NULL,
    domain NVARCHAR(255) NOT NULL,
    proxy NVARCHAR(255) NOT NULL CONSTRAINT df_sip_accounts_proxy DEFAULT N'',
    phone_mac NVARCHAR(17) NOT NULL CONSTRAINT df_sip_accounts_phone_mac DEFAULT N'',
    phone_mac_model NVARCHAR(255) NOT NULL CONSTRAINT df_sip_accounts_phone_mac_model DEFAULT N'',
    status INT NOT NULL CONSTRAINT df_sip_accounts_status DEFAULT 0 CONSTRAINT ck_sip_accounts_status CHECK (status IN (0, 1)),
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE UNIQUE INDEX ux_sip_accounts_account ON dbo.sip_accounts (account_id);
GO
