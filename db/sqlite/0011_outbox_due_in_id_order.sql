-- The dispatcher asks for the oldest due pending rows (status = 'pending', ORDER BY id). With the index on
-- (status, next_attempt_at, id) SQLite sorted every due row for each batch, so a backlog made each batch slower
-- (2.6 ms for 5,000 pending rows). In id order the first due rows are read and the scan stops (0.01 ms).
-- Twin of db/sqlserver/0011_outbox_due_in_id_order.sql.

DROP INDEX ix_outbox_due;
CREATE INDEX ix_outbox_due ON outbox (status, id, next_attempt_at);
