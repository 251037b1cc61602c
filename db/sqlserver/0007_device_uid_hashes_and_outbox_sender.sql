-- Device uids are kept as SHA-256 (hex) only, like tokens: a copy of this table signs no device in (ADR 15). The
-- existing uids are hashed here as the API hashes them: SHA-256 of the UTF-8 bytes (the UTF-8 collation makes the
-- VARCHAR cast produce them), lower-case hex.
-- Outbox rows name the account whose request wrote them, for the per-account email quota.
-- Twin of db/sqlite/0007_device_uid_hashes_and_outbox_sender.sql.

CREATE TABLE dbo.device_uid_hashes (
    uid_hash CHAR(64) NOT NULL CONSTRAINT pk_device_uid_hashes PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_device_uid_hashes_account_id REFERENCES dbo.accounts (id),
    created_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_device_uid_hashes_account ON dbo.device_uid_hashes (account_id);
GO

INSERT INTO dbo.device_uid_hashes (uid_hash, account_id, created_at)
SELECT LOWER(CONVERT(CHAR(64), HASHBYTES('SHA2_256', CAST(uid COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(1020))), 2)),
       account_id, created_at
FROM dbo.device_uids;
GO

DROP TABLE dbo.device_uids;
GO

ALTER TABLE dbo.outbox ADD sender_id BIGINT NULL CONSTRAINT fk_outbox_sender_id REFERENCES dbo.accounts (id);
GO

CREATE INDEX ix_outbox_sender ON dbo.outbox (sender_id, created_at);
GO
