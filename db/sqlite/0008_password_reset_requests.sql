-- Password resets go through the outbox as requests, not as finished emails (issue 12, ADR 10): POST /auth/reset
-- queues the address as entered (kind 'password_reset', no body), and the dispatcher looks the account up and issues
-- the link when it sends, so the request costs the same for every address and the link never lies in the outbox.
-- A link names the request (outbox row) it was issued for: a request has one link at most, which a retry re-keys.
-- Twin of db/sqlserver/0008_password_reset_requests.sql.

ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'message' CHECK (kind IN ('message', 'password_reset'));

ALTER TABLE password_reset_tokens ADD COLUMN outbox_id INTEGER NULL;
CREATE UNIQUE INDEX ux_password_reset_tokens_outbox ON password_reset_tokens (outbox_id) WHERE outbox_id IS NOT NULL;

-- Reset emails written before carry their link in the body. They lose it: sent and dead ones keep only their
-- address; pending ones become requests and get a new link when they are sent.
UPDATE outbox SET kind = 'password_reset', subject = '', body = ''
WHERE channel = 'email' AND subject = 'Reset your password'
  AND body LIKE '%someone asked to reset the password of the account with this email address.%/auth/reset/%';
