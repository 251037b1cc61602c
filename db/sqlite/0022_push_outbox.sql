-- Push notifications go through the outbox (spec 6.30/6.31, issue 9): one row per registered device token, channel
-- 'push', the token as recipient, with the device's platform and app id, which pick the provider (FCM, or APNs for
-- the iOS apps configured for it) and the APNs topic. SQLite cannot widen a CHECK in place, so the table is rebuilt
-- with its rows, its indexes and its AUTOINCREMENT counter (reset links name outbox ids: none may come back).
-- Twin of db/sqlserver/0022_push_outbox.sql.

DROP INDEX ix_outbox_due;
DROP INDEX ix_outbox_sender;
ALTER TABLE outbox RENAME TO outbox_before_push;

CREATE TABLE outbox (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL CHECK (channel IN ('email', 'sms', 'push')),
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
    sent_at         TEXT    NULL,
    sender_id       INTEGER NULL REFERENCES accounts (id),
    kind            TEXT    NOT NULL DEFAULT 'message' CHECK (kind IN ('message', 'password_reset')),
    platform        TEXT    NULL,
    app_id          TEXT    NULL
);

INSERT INTO outbox (id, channel, recipient, subject, body, status, attempts, next_attempt_at, claimed_by, claimed_until,
                    last_error, created_at, sent_at, sender_id, kind)
SELECT id, channel, recipient, subject, body, status, attempts, next_attempt_at, claimed_by, claimed_until,
       last_error, created_at, sent_at, sender_id, kind
FROM outbox_before_push;

DELETE FROM sqlite_sequence WHERE name = 'outbox';
UPDATE sqlite_sequence SET name = 'outbox' WHERE name = 'outbox_before_push';
DROP TABLE outbox_before_push;

CREATE INDEX ix_outbox_due ON outbox (status, id, next_attempt_at);
CREATE INDEX ix_outbox_sender ON outbox (sender_id, created_at);
