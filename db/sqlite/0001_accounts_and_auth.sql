-- Accounts, roles, business partners with their branding, services and their categories, partner offers,
-- subscriptions, languages, device uids, push tokens, access/refresh tokens and device sessions.
-- Times are UTC. Flags are 0/1 integers. Twin of db/sqlserver/0001_accounts_and_auth.sql.

CREATE TABLE roles (
    id   INTEGER NOT NULL PRIMARY KEY,
    code TEXT    NOT NULL UNIQUE,
    name TEXT    NOT NULL
);

CREATE TABLE languages (
    id   INTEGER NOT NULL PRIMARY KEY,
    iso  TEXT    NOT NULL UNIQUE,
    name TEXT    NOT NULL
);

CREATE TABLE business_partners (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    company         TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    phone           TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    internal_number TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE partner_branding (
    partner_id                       INTEGER NOT NULL PRIMARY KEY REFERENCES business_partners (id),
    logo                             TEXT    NOT NULL DEFAULT '',
    background_image                 TEXT    NOT NULL DEFAULT '',
    background_smartphone_image      TEXT    NOT NULL DEFAULT '',
    font_color_top                   TEXT    NOT NULL DEFAULT '',
    color_top                        TEXT    NOT NULL DEFAULT '',
    font_color_service               TEXT    NOT NULL DEFAULT '',
    font_color_bottom                TEXT    NOT NULL DEFAULT '',
    smartphone_app_name              TEXT    NOT NULL DEFAULT '',
    line_color_smartphone            TEXT    NOT NULL DEFAULT '',
    font_color_smartphone            TEXT    NOT NULL DEFAULT '',
    background_color_smartphone      TEXT    NOT NULL DEFAULT '',
    background_color_wall_tablet     TEXT    NOT NULL DEFAULT '',
    background_color_icon_smartphone TEXT    NOT NULL DEFAULT '',
    paid_services                    INTEGER NOT NULL DEFAULT 0,
    support_button                   INTEGER NOT NULL DEFAULT 0,
    url                              TEXT    NOT NULL DEFAULT '',
    footer_content                   TEXT    NOT NULL DEFAULT '',
    footer_active                    INTEGER NOT NULL DEFAULT 0,
    color_service                    TEXT    NOT NULL DEFAULT '',
    bar_button_color                 TEXT    NULL,
    bar_button_text                  TEXT    NULL,
    bar_button_url                   TEXT    NULL
);

CREATE TABLE accounts (
    id                   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    role_id              INTEGER NOT NULL REFERENCES roles (id),
    partner_id           INTEGER NULL REFERENCES business_partners (id),
    username             TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    email                TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    password_hash        TEXT    NOT NULL,
    name                 TEXT    NOT NULL DEFAULT '',
    lastname             TEXT    NOT NULL DEFAULT '',
    gender               TEXT    NOT NULL DEFAULT '',
    dob                  TEXT    NULL,
    telephone            TEXT    NOT NULL DEFAULT '',
    mobil                TEXT    NOT NULL DEFAULT '',
    fax                  TEXT    NOT NULL DEFAULT '',
    fiscal_number        TEXT    NOT NULL DEFAULT '',
    image                TEXT    NOT NULL DEFAULT '',
    status               INTEGER NOT NULL DEFAULT 1,
    demo                 INTEGER NOT NULL DEFAULT 0,
    status_control       INTEGER NOT NULL DEFAULT 0,
    payment_allowed      TEXT    NOT NULL DEFAULT '',
    language_id          INTEGER NOT NULL REFERENCES languages (id),
    default_address_id   INTEGER NULL,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    failed_window_start  TEXT    NULL,
    locked_until         TEXT    NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
CREATE INDEX ix_accounts_partner ON accounts (partner_id);

CREATE TABLE categories (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    parent_id     INTEGER NULL REFERENCES categories (id),
    name          TEXT    NOT NULL,
    image         TEXT    NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    smart_image   TEXT    NOT NULL DEFAULT '',
    in_wall_image TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE services (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL,
    category_id      INTEGER NOT NULL REFERENCES categories (id),
    owner_account_id INTEGER NULL REFERENCES accounts (id),
    upstream         TEXT    NOT NULL DEFAULT '',
    params           TEXT    NOT NULL DEFAULT '',
    admin_url        TEXT    NOT NULL DEFAULT '',
    type             INTEGER NOT NULL DEFAULT 1,
    image            TEXT    NOT NULL DEFAULT '',
    webview_url      TEXT    NOT NULL DEFAULT '',
    doc_url          TEXT    NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1,
    admin            TEXT    NOT NULL DEFAULT '',
    admin_password   TEXT    NOT NULL DEFAULT '',
    secret_id        TEXT    NOT NULL DEFAULT '',
    managername      TEXT    NOT NULL DEFAULT '',
    device_type      INTEGER NOT NULL DEFAULT 3,
    description      TEXT    NOT NULL DEFAULT '',
    smart_image      TEXT    NOT NULL DEFAULT '',
    internal_use     INTEGER NOT NULL DEFAULT 0,
    currency         INTEGER NOT NULL DEFAULT 3,
    vat              TEXT    NOT NULL DEFAULT '0.00',
    available_in_app INTEGER NOT NULL DEFAULT 1,
    in_wall          INTEGER NOT NULL DEFAULT 1,
    in_wall_image    TEXT    NOT NULL DEFAULT '',
    available_in_web INTEGER NOT NULL DEFAULT 0,
    api_url          TEXT    NOT NULL DEFAULT '',
    subscription     INTEGER NOT NULL DEFAULT 0,
    address_specific INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX ix_services_owner ON services (owner_account_id);

CREATE TABLE partner_services (
    partner_id INTEGER NOT NULL REFERENCES business_partners (id),
    service_id INTEGER NOT NULL REFERENCES services (id),
    PRIMARY KEY (partner_id, service_id)
);

CREATE TABLE subscriptions (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    service_id INTEGER NOT NULL REFERENCES services (id),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (account_id, service_id)
);

CREATE TABLE device_uids (
    uid        TEXT    NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT    NOT NULL
);
CREATE INDEX ix_device_uids_account ON device_uids (account_id);

CREATE TABLE device_push_tokens (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    app_id       TEXT    NOT NULL,
    platform     TEXT    NOT NULL,
    device_token TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (account_id, app_id, platform)
);

CREATE TABLE access_tokens (
    id                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id         INTEGER NOT NULL REFERENCES accounts (id),
    token_hash         TEXT    NOT NULL UNIQUE,
    refresh_token_hash TEXT    NOT NULL UNIQUE,
    family_id          TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    expires_at         TEXT    NOT NULL,
    refresh_expires_at TEXT    NOT NULL,
    refreshed_at       TEXT    NULL,
    revoked_at         TEXT    NULL
);
CREATE INDEX ix_access_tokens_account ON access_tokens (account_id);
CREATE INDEX ix_access_tokens_family ON access_tokens (family_id);

CREATE TABLE device_sessions (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    access_token_id INTEGER NOT NULL REFERENCES access_tokens (id),
    public_id       TEXT    NOT NULL UNIQUE,
    cookie_hash     TEXT    NOT NULL UNIQUE,
    source          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    ended_at        TEXT    NULL
);
CREATE INDEX ix_device_sessions_token ON device_sessions (access_token_id);
