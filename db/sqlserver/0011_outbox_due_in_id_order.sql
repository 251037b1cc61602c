-- The dispatcher asks for the oldest due pending rows (status = 'pending', ORDER BY id): an index in id order lets
-- it read the first due rows and stop, instead of sorting every due row of a backlog for each batch.
-- Twin of db/sqlite/0011_outbox_due_in_id_order.sql.

DROP INDEX ix_outbox_due ON dbo.outbox;
GO

CREATE INDEX ix_outbox_due ON dbo.outbox (status, id) INCLUDE (next_attempt_at, claimed_until);
GO
