-- The message quotas (ADR 15) ask how many messages a sender, or a recipient, had queued on a channel in the last
-- hour. Migration 0035 made that an index range, but one that still reads every message of the hour: under steady
-- sending a quota far above the traffic costs each email more than the last (issue 29, ADR 35). These tables keep the
-- same counts per minute, so a check sums at most 61 rows; only a sum above the quota sends it to the exact count on
-- the outbox, which also gives the oldest message for Retry-After. A minute's count can only be higher than the
-- outbox's rows of that minute (deleted rows stay counted), never lower, so a sum within the quota is a safe answer.
-- The triggers count every row the statement inserts, whichever code path queued it. The retention job deletes
-- minutes older than the window. Twin of db/sqlserver/0036_outbox_minute_counts.sql.

CREATE TABLE outbox_sender_minutes (
    sender_id    INTEGER NOT NULL,
    channel      TEXT    NOT NULL,
    minute_start TEXT    NOT NULL,
    messages     INTEGER NOT NULL,
    PRIMARY KEY (sender_id, channel, minute_start)
) WITHOUT ROWID;

CREATE INDEX ix_outbox_sender_minutes_start ON outbox_sender_minutes (minute_start);

-- Email addresses and mobile numbers: push rows, whose recipients are device tokens, have no per-recipient quota.
CREATE TABLE outbox_recipient_minutes (
    recipient    TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    minute_start TEXT    NOT NULL,
    messages     INTEGER NOT NULL,
    PRIMARY KEY (recipient, channel, minute_start)
) WITHOUT ROWID;

CREATE INDEX ix_outbox_recipient_minutes_start ON outbox_recipient_minutes (minute_start);

-- What the quotas still see: the messages of the last hour (and a minute, for the first minute's start).
INSERT INTO outbox_sender_minutes (sender_id, channel, minute_start, messages)
SELECT sender_id, channel, strftime('%Y-%m-%d %H:%M:00', created_at), COUNT(*)
FROM outbox
WHERE sender_id IS NOT NULL AND created_at > strftime('%Y-%m-%d %H:%M:00', 'now', '-61 minutes')
GROUP BY sender_id, channel, strftime('%Y-%m-%d %H:%M:00', created_at);

INSERT INTO outbox_recipient_minutes (recipient, channel, minute_start, messages)
SELECT recipient, channel, strftime('%Y-%m-%d %H:%M:00', created_at), COUNT(*)
FROM outbox
WHERE channel <> 'push' AND created_at > strftime('%Y-%m-%d %H:%M:00', 'now', '-61 minutes')
GROUP BY recipient, channel, strftime('%Y-%m-%d %H:%M:00', created_at);

-- created_at is written as 'yyyy-MM-dd HH:mm:ss.fffffff'; its minute has the form the repository's parameters take
-- ('yyyy-MM-dd HH:mm:00'). A value SQLite cannot read gives NULL, which the NOT NULL column refuses: no row goes
-- uncounted in silence.
CREATE TRIGGER tr_outbox_sender_minutes AFTER INSERT ON outbox
WHEN NEW.sender_id IS NOT NULL
BEGIN
    INSERT INTO outbox_sender_minutes (sender_id, channel, minute_start, messages)
    VALUES (NEW.sender_id, NEW.channel, strftime('%Y-%m-%d %H:%M:00', NEW.created_at), 1)
    ON CONFLICT (sender_id, channel, minute_start) DO UPDATE SET messages = outbox_sender_minutes.messages + 1;
END;

CREATE TRIGGER tr_outbox_recipient_minutes AFTER INSERT ON outbox
WHEN NEW.channel <> 'push'
BEGIN
    INSERT INTO outbox_recipient_minutes (recipient, channel, minute_start, messages)
    VALUES (NEW.recipient, NEW.channel, strftime('%Y-%m-%d %H:%M:00', NEW.created_at), 1)
    ON CONFLICT (recipient, channel, minute_start) DO UPDATE SET messages = outbox_recipient_minutes.messages + 1;
END;
