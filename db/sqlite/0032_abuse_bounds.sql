-- Bounds on what a signed-in caller can make the platform send and hold (issue 23, ADR 15).
-- The per-recipient quotas count an email address's or mobile number's messages of the last hour: a partial index on
-- the recipient, without push rows, whose recipients are long device tokens.
-- The retention job prunes push tokens nobody refreshed for a long time: an index on their last refresh.
-- Per-account counters in fixed windows, like client_address_windows: "taken" answers of users/register and
-- users/update a caller has had this hour, so that probing which usernames and emails exist stops after a few.
-- Twin of db/sqlserver/0032_abuse_bounds.sql.

CREATE INDEX ix_outbox_recipient ON outbox (recipient, created_at) WHERE channel <> 'push';

CREATE INDEX ix_device_push_tokens_updated ON device_push_tokens (updated_at);

CREATE TABLE account_windows (
    account_id   INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('taken_identity')),
    window_start TEXT    NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (account_id, kind)
) WITHOUT ROWID;

-- The retention job deletes windows long over.
CREATE INDEX ix_account_windows_start ON account_windows (window_start);
