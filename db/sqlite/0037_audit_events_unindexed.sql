-- The audit trail is written by every command and read by an admin now and then (issue 29, ADR 36). Its five
-- indexes cost each command's transaction five more pages and served no statement: the list's filters are
-- "@Filter IS NULL OR column = @Filter" and the partner filter spans the join to accounts, so both engines read the
-- table in id order, as the retention job does. Measured on address/update alone: 5,800-6,000 requests a second with
-- them, 8,600-9,000 without. target_partner_id was never written: the list takes the target's partner from accounts.
-- Twin of db/sqlserver/0037_audit_events_unindexed.sql.

DROP INDEX ix_audit_events_occurred;
DROP INDEX ix_audit_events_actor;
DROP INDEX ix_audit_events_target_user;
DROP INDEX ix_audit_events_actor_partner;
DROP INDEX ix_audit_events_target_partner;
ALTER TABLE audit_events DROP COLUMN target_partner_id;
