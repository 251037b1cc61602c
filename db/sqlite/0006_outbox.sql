-- The outbox (messages written in the same transaction as the request's other changes, sent later by the
-- dispatcher) and the one-time password reset links of spec 3.4. Times are UTC.
-- Twin of db/sqlserver/0006_outbox.sql.

CREATE TABLE outbox (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL DEFAULT '',
    body            TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    claimed_by      TEXT    NULL,
    claimed_until   TEXT    NULL,
    last_error      TEXT    NULL,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT    NULL
);
-- The dispatcher's candidate query: pending rows that are due, in id order.
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id);

CREATE TABLE password_reset_tokens (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    token_hash TEXT    NOT NULL UNIQUE,
    expires_at TEXT    NOT NULL,
    used_at    TEXT    NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX ix_password_reset_tokens_account ON password_reset_tokens (account_id, created_at);
