-- The audit trail is written by every command and read by an admin now and then (issue 29, ADR 36). Its five
-- indexes cost each command's transaction five more pages and served no statement: the list's filters are
-- "@Filter IS NULL OR column = @Filter" and the partner filter spans the join to accounts, so both engines read the
-- table in id order, as the retention job does. target_partner_id was never written: the list takes the target's
-- partner from accounts. The SQLite twin also gives up AUTOINCREMENT; an IDENTITY column costs no such lookup.
-- Twin of db/sqlite/0037_audit_events_unindexed.sql.

DROP INDEX ix_audit_events_occurred ON dbo.audit_events;
GO
DROP INDEX ix_audit_events_actor ON dbo.audit_events;
GO
DROP INDEX ix_audit_events_target_user ON dbo.audit_events;
GO
DROP INDEX ix_audit_events_actor_partner ON dbo.audit_events;
GO
DROP INDEX ix_audit_events_target_partner ON dbo.audit_events;
GO
ALTER TABLE dbo.audit_events DROP COLUMN target_partner_id;
GO
