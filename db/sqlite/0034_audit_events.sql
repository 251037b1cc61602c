-- The audit trail (issue 27, ADR 33): who did what to whom, when and from where. Append-only: the platform inserts
-- rows and the retention job deletes those past Audit:RetentionDays; nothing updates them. A command that commits has
-- its row in the same transaction; one that fails has a row with the documented error it answered.
-- Twin of db/sqlserver/0034_audit_events.sql.

CREATE TABLE audit_events (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    occurred_at       TEXT    NOT NULL,
    operation         TEXT    NOT NULL,
    outcome_status    INTEGER NOT NULL,
    outcome           TEXT    NOT NULL,
    actor_account_id  INTEGER NULL,
    actor_role        TEXT    NULL,
    actor_partner_id  INTEGER NULL,
    actor_login       TEXT    NULL,
    target_user_id    INTEGER NULL,
    target_partner_id INTEGER NULL,
    target_address_id INTEGER NULL,
    target_flat_id    INTEGER NULL,
    target_group_id   INTEGER NULL,
    target_service_id INTEGER NULL,
    target_invoice_id INTEGER NULL,
    detail            TEXT    NULL,
    client_address    TEXT    NOT NULL,
    trace_id          TEXT    NULL
);

-- The list's filters and the retention job: by time, by actor, by target user, by either side's BP.
CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at, id);
CREATE INDEX ix_audit_events_actor ON audit_events (actor_account_id, id);
CREATE INDEX ix_audit_events_target_user ON audit_events (target_user_id, id);
CREATE INDEX ix_audit_events_actor_partner ON audit_events (actor_partner_id, id);
CREATE INDEX ix_audit_events_target_partner ON audit_events (target_partner_id, id);
