-- The message quotas (ADR 15) ask how many messages a sender, or a recipient, had queued on a channel in the last
-- hour. Migration 0035 made that an index range, but one that still reads every message of the hour: under steady
-- sending a quota far above the traffic costs each email more than the last (issue 29, ADR 35). These tables keep the
-- same counts per minute, so a check sums at most 61 rows; only a sum above the quota sends it to the exact count on
-- the outbox, which also gives the oldest message for Retry-After. A minute's count can only be higher than the
-- outbox's rows of that minute (deleted rows stay counted), never lower, so a sum within the quota is a safe answer.
-- The trigger counts every row the statement inserts, whichever code path queued it. The retention job deletes
-- minutes older than the window. Twin of db/sqlite/0036_outbox_minute_counts.sql.

CREATE TABLE dbo.outbox_sender_minutes (
    sender_id BIGINT NOT NULL,
    channel NVARCHAR(16) NOT NULL,
    minute_start DATETIME2(0) NOT NULL,
    messages INT NOT NULL,
    CONSTRAINT pk_outbox_sender_minutes PRIMARY KEY (sender_id, channel, minute_start)
);
GO

CREATE INDEX ix_outbox_sender_minutes_start ON dbo.outbox_sender_minutes (minute_start);
GO

-- Email addresses (at most 320 characters) and mobile numbers: push rows, whose recipients are device tokens, have no
-- per-recipient quota.
CREATE TABLE dbo.outbox_recipient_minutes (
    recipient NVARCHAR(320) NOT NULL,
    channel NVARCHAR(16) NOT NULL,
    minute_start DATETIME2(0) NOT NULL,
    messages INT NOT NULL,
    CONSTRAINT pk_outbox_recipient_minutes PRIMARY KEY (recipient, channel, minute_start)
);
GO

CREATE INDEX ix_outbox_recipient_minutes_start ON dbo.outbox_recipient_minutes (minute_start);
GO

-- What the quotas still see: the messages of the last hour (and a minute, for the first minute's start).
INSERT INTO dbo.outbox_sender_minutes (sender_id, channel, minute_start, messages)
SELECT sender_id, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0), COUNT(*)
FROM dbo.outbox
WHERE sender_id IS NOT NULL AND created_at > DATEADD(minute, -61, SYSUTCDATETIME())
GROUP BY sender_id, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0);
GO

INSERT INTO dbo.outbox_recipient_minutes (recipient, channel, minute_start, messages)
SELECT recipient, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0), COUNT(*)
FROM dbo.outbox
WHERE channel <> N'push' AND created_at > DATEADD(minute, -61, SYSUTCDATETIME())
GROUP BY recipient, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0);
GO

-- Set-based over inserted, so a statement queuing many messages (a push to a group) moves each minute once. The locks
-- on the minute rows are held to the end of the transaction, so two writers starting the same minute queue.
CREATE TRIGGER dbo.tr_outbox_minutes ON dbo.outbox
AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @senders TABLE (
        sender_id BIGINT NOT NULL,
        channel NVARCHAR(16) NOT NULL,
        minute_start DATETIME2(0) NOT NULL,
        messages INT NOT NULL,
        PRIMARY KEY (sender_id, channel, minute_start)
    );

    DECLARE @recipients TABLE (
        recipient NVARCHAR(320) NOT NULL,
        channel NVARCHAR(16) NOT NULL,
        minute_start DATETIME2(0) NOT NULL,
        messages INT NOT NULL,
        PRIMARY KEY (recipient, channel, minute_start)
    );

    INSERT INTO @senders (sender_id, channel, minute_start, messages)
    SELECT sender_id, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0), COUNT(*)
    FROM inserted
    WHERE sender_id IS NOT NULL
    GROUP BY sender_id, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0);

    INSERT INTO @recipients (recipient, channel, minute_start, messages)
    SELECT recipient, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0), COUNT(*)
    FROM inserted
    WHERE channel <> N'push'
    GROUP BY recipient, channel, DATEADD(minute, DATEDIFF(minute, 0, created_at), 0);

    UPDATE m SET messages = m.messages + s.messages
    FROM dbo.outbox_sender_minutes AS m WITH (UPDLOCK, HOLDLOCK)
    INNER JOIN @senders AS s
        ON s.sender_id = m.sender_id AND s.channel = m.channel AND s.minute_start = m.minute_start;

    INSERT INTO dbo.outbox_sender_minutes (sender_id, channel, minute_start, messages)
    SELECT s.sender_id, s.channel, s.minute_start, s.messages
    FROM @senders AS s
    WHERE NOT EXISTS (
        SELECT 1 FROM dbo.outbox_sender_minutes AS m WITH (UPDLOCK, HOLDLOCK)
        WHERE m.sender_id = s.sender_id AND m.channel = s.channel AND m.minute_start = s.minute_start);

    UPDATE m SET messages = m.messages + r.messages
    FROM dbo.outbox_recipient_minutes AS m WITH (UPDLOCK, HOLDLOCK)
    INNER JOIN @recipients AS r
        ON r.recipient = m.recipient AND r.channel = m.channel AND r.minute_start = m.minute_start;

    INSERT INTO dbo.outbox_recipient_minutes (recipient, channel, minute_start, messages)
    SELECT r.recipient, r.channel, r.minute_start, r.messages
    FROM @recipients AS r
    WHERE NOT EXISTS (
        SELECT 1 FROM dbo.outbox_recipient_minutes AS m WITH (UPDLOCK, HOLDLOCK)
        WHERE m.recipient = r.recipient AND m.channel = r.channel AND m.minute_start = r.minute_start);
END
GO
