-- The outbox (messages written in the same transaction as the request's other changes, sent later by the
-- dispatcher) and the one-time password reset links of spec 3.4. Times are UTC (datetime2).
-- Twin of db/sqlite/0006_outbox.sql.

CREATE TABLE dbo.outbox (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_outbox PRIMARY KEY,
    channel NVARCHAR(16) NOT NULL CONSTRAINT ck_outbox_channel CHECK (channel IN (N'email', N'sms')),
    recipient NVARCHAR(255) NOT NULL,
    subject NVARCHAR(1024) NOT NULL CONSTRAINT df_outbox_subject DEFAULT N'',
    body NVARCHAR(MAX) NOT NULL,
    status NVARCHAR(16) NOT NULL CONSTRAINT df_outbox_status DEFAULT N'pending'
        CONSTRAINT ck_outbox_status CHECK (status IN (N'pending', N'sent', N'dead')),
    attempts INT NOT NULL CONSTRAINT df_outbox_attempts DEFAULT 0,
    next_attempt_at DATETIME2(3) NOT NULL,
    claimed_by NVARCHAR(255) NULL,
    claimed_until DATETIME2(3) NULL,
    last_error NVARCHAR(512) NULL,
    created_at DATETIME2(3) NOT NULL,
    sent_at DATETIME2(3) NULL
);
GO

-- The dispatcher's candidate query: pending rows that are due, in id order.
CREATE INDEX ix_outbox_due ON dbo.outbox (status, next_attempt_at, id);
GO

CREATE TABLE dbo.password_reset_tokens (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_password_reset_tokens PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_password_reset_tokens_account_id REFERENCES dbo.accounts (id),
    token_hash NVARCHAR(64) NOT NULL CONSTRAINT uq_password_reset_tokens_token_hash UNIQUE,
    expires_at DATETIME2(3) NOT NULL,
    used_at DATETIME2(3) NULL,
    created_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_password_reset_tokens_account ON dbo.password_reset_tokens (account_id, created_at);
GO
