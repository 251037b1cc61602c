-- The message quotas count a sender's and a recipient's messages of one channel in the last hour (ADR 15). The indexes
-- held the sender or the recipient and the time but not the channel, so each count read every row of the hour to test
-- its channel: under steady sending the count grew with the hour's messages, inside the writer's turn (issue 29).
-- With the channel in the key both counts read only their index.
-- Twin of db/sqlite/0035_outbox_quota_indexes.sql.

DROP INDEX ix_outbox_sender ON dbo.outbox;
GO

CREATE INDEX ix_outbox_sender ON dbo.outbox (sender_id, channel, created_at);
GO

DROP INDEX ix_outbox_recipient ON dbo.outbox;
GO

CREATE INDEX ix_outbox_recipient ON dbo.outbox (recipient, channel, created_at) WHERE channel <> N'push';
GO
