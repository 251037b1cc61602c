-- Bounds on what a signed-in caller can make the platform send and hold (issue 23, ADR 15).
-- The per-recipient quotas count an email address's or mobile number's messages of the last hour: a filtered index on
-- the recipient, without push rows, whose recipients are long device tokens (an email address or an E.164 number stays
-- far below the 1,700-byte key limit; push rows never enter the index).
-- The retention job prunes push tokens nobody refreshed for a long time: an index on their last refresh.
-- Per-account counters in fixed windows, like client_address_windows: "taken" answers of users/register and
-- users/update a caller has had this hour, so that probing which usernames and emails exist stops after a few.
-- Twin of db/sqlite/0032_abuse_bounds.sql.

CREATE INDEX ix_outbox_recipient ON dbo.outbox (recipient, created_at) WHERE channel <> N'push';
GO

CREATE INDEX ix_device_push_tokens_updated ON dbo.device_push_tokens (updated_at);
GO

CREATE TABLE dbo.account_windows (
    account_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL CONSTRAINT ck_account_windows_kind CHECK (kind IN ('taken_identity')),
    window_start DATETIME2(3) NOT NULL,
    hits INT NOT NULL,
    CONSTRAINT pk_account_windows PRIMARY KEY (account_id, kind)
);
GO

-- The retention job deletes windows long over.
CREATE INDEX ix_account_windows_start ON dbo.account_windows (window_start);
GO
