-- The audit trail is written by every command and read by an admin now and then (issue 29, ADR 36). Its five
-- indexes cost each command's transaction five more pages and served no statement: the list's filters are
-- "@Filter IS NULL OR column = @Filter" and the partner filter spans the join to accounts, so both engines read the
-- table in id order, as the retention job does. AUTOINCREMENT cost each insert a lookup and an update of
-- sqlite_sequence: a rowid one past the largest is as unique, and the retention job deletes the oldest rows, never the
-- newest. target_partner_id was never written: the list takes the target's partner from accounts. SQLite changes
-- neither AUTOINCREMENT nor a column in place, so the table is copied.
-- address/update alone: 5,800-6,000 requests a second before, 8,600-9,000 after.
-- Twin of db/sqlserver/0037_audit_events_unindexed.sql.

CREATE TABLE audit_events_unindexed (
    id                INTEGER NOT NULL PRIMARY KEY,
    occurred_at       TEXT    NOT NULL,
    operation         TEXT    NOT NULL,
    outcome_status    INTEGER NOT NULL,
    outcome           TEXT    NOT NULL,
    actor_account_id  INTEGER NULL,
    actor_role        TEXT    NULL,
    actor_partner_id  INTEGER NULL,
    actor_login       TEXT    NULL,
    target_user_id    INTEGER NULL,
    target_address_id INTEGER NULL,
    target_flat_id    INTEGER NULL,
    target_group_id   INTEGER NULL,
    target_service_id INTEGER NULL,
    target_invoice_id INTEGER NULL,
    detail            TEXT    NULL,
    client_address    TEXT    NOT NULL,
    trace_id          TEXT    NULL
);

INSERT INTO audit_events_unindexed (id, occurred_at, operation, outcome_status, outcome, actor_account_id, actor_role,
    actor_partner_id, actor_login, target_user_id, target_address_id, target_flat_id, target_group_id, target_service_id,
    target_invoice_id, detail, client_address, trace_id)
SELECT id, occurred_at, operation, outcome_status, outcome, actor_account_id, actor_role,
    actor_partner_id, actor_login, target_user_id, target_address_id, target_flat_id, target_group_id, target_service_id,
    target_invoice_id, detail, client_address, trace_id
FROM audit_events;

DROP TABLE audit_events;
ALTER TABLE audit_events_unindexed RENAME TO audit_events;
