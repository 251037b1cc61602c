-- The audit trail (issue 27, ADR 33): who did what to whom, when and from where. Append-only: the platform inserts
-- rows and the retention job deletes those past Audit:RetentionDays; nothing updates them. A command that commits has
-- its row in the same transaction; one that fails has a row with the documented error it answered.
-- Twin of db/sqlite/0034_audit_events.sql.

CREATE TABLE dbo.audit_events (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_audit_events PRIMARY KEY,
    occurred_at DATETIME2(3) NOT NULL,
    operation NVARCHAR(64) NOT NULL,
    outcome_status INT NOT NULL,
    outcome NVARCHAR(512) NOT NULL,
    actor_account_id BIGINT NULL,
    actor_role NVARCHAR(32) NULL,
    actor_partner_id BIGINT NULL,
    actor_login NVARCHAR(255) NULL,
    target_user_id BIGINT NULL,
    target_partner_id BIGINT NULL,
    target_address_id BIGINT NULL,
    target_flat_id BIGINT NULL,
    target_group_id BIGINT NULL,
    target_service_id BIGINT NULL,
    target_invoice_id BIGINT NULL,
    detail NVARCHAR(512) NULL,
    client_address NVARCHAR(64) NOT NULL,
    trace_id VARCHAR(32) NULL
);
GO

-- The list's filters and the retention job: by time, by actor, by target user, by either side's BP.
CREATE INDEX ix_audit_events_occurred ON dbo.audit_events (occurred_at, id);
GO
CREATE INDEX ix_audit_events_actor ON dbo.audit_events (actor_account_id, id);
GO
CREATE INDEX ix_audit_events_target_user ON dbo.audit_events (target_user_id, id);
GO
CREATE INDEX ix_audit_events_actor_partner ON dbo.audit_events (actor_partner_id, id);
GO
CREATE INDEX ix_audit_events_target_partner ON dbo.audit_events (target_partner_id, id);
GO
