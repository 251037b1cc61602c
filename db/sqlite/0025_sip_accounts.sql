-- SIP accounts (spec 6.21, docs/contract.md §3; issue 8, ADR 18): the line a user's phone registers with, as getSIPInfo
-- answers it: the SIP user name, the registrar domain, the outbound proxy, the phone it is provisioned on (canonical
-- MAC, model) and its status (0 or 1). No SIP password is stored: no operation answers one, and the phone gets it
-- from provisioning, not from this platform. One account per user.
-- Twin of db/sqlserver/0025_sip_accounts.sql.

CREATE TABLE sip_accounts (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES accounts (id),
    username        TEXT    NOT NULL,
    domain          TEXT    NOT NULL,
    proxy           TEXT    NOT NULL DEFAULT '',
    phone_mac       TEXT    NOT NULL DEFAULT '',
    phone_mac_model TEXT    NOT NULL DEFAULT '',
    status          INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_sip_accounts_account ON sip_accounts (account_id);
