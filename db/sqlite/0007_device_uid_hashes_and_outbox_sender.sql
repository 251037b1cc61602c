-- Device uids are kept as SHA-256 (hex) only, like tokens: a copy of this table signs no device in (ADR 15). The
-- existing uids are hashed here by msp_sha256_hex, a function the migrator gives its connection (the same hash as
-- the API's: SHA-256 of the UTF-8 bytes, lower-case hex).
-- Outbox rows name the account whose request wrote them, for the per-account email quota.
-- Twin of db/sqlserver/0007_device_uid_hashes_and_outbox_sender.sql.

CREATE TABLE device_uid_hashes (
    uid_hash   TEXT    NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT    NOT NULL
);
CREATE INDEX ix_device_uid_hashes_account ON device_uid_hashes (account_id);

INSERT INTO device_uid_hashes (uid_hash, account_id, created_at)
SELECT msp_sha256_hex(uid), account_id, created_at FROM device_uids;

DROP TABLE device_uids;

ALTER TABLE outbox ADD COLUMN sender_id INTEGER NULL REFERENCES accounts (id);
-- The quota's count: one account's messages since a time.
CREATE INDEX ix_outbox_sender ON outbox (sender_id, created_at);
