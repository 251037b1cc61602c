-- Password resets go through the outbox as requests, not as finished emails (issue 12, ADR 10): POST /auth/reset
-- queues the address as entered (kind 'password_reset', no body), and the dispatcher looks the account up and issues
-- the link when it sends, so the request costs the same for every address and the link never lies in the outbox.
-- A link names the request (outbox row) it was issued for: a request has one link at most, which a retry re-keys.
-- Twin of db/sqlite/0008_password_reset_requests.sql.

ALTER TABLE dbo.outbox ADD kind NVARCHAR(16) NOT NULL CONSTRAINT df_outbox_kind DEFAULT N'message'
    CONSTRAINT ck_outbox_kind CHECK (kind IN (N'message', N'password_reset'));
GO

ALTER TABLE dbo.password_reset_tokens ADD outbox_id BIGINT NULL;
GO

CREATE UNIQUE INDEX ux_password_reset_tokens_outbox ON dbo.password_reset_tokens (outbox_id) WHERE outbox_id IS NOT NULL;
GO

-- Reset emails written before carry their link in the body. They lose it: sent and dead ones keep only their
-- address; pending ones become requests and get a new link when they are sent.
UPDATE dbo.outbox SET kind = N'password_reset', subject = N'', body = N''
WHERE channel = N'email' AND subject = N'Reset your password'
  AND body LIKE N'%someone asked to reset the password of the account with this email address.%/auth/reset/%';
GO
