-- Push notifications go through the outbox (spec 6.30/6.31, issue 9): one row per registered device token, channel
-- 'push', the token as recipient (FCM tokens run longer than an email address), with the device's platform and app
-- id, which pick the provider (FCM, or APNs for the iOS apps configured for it) and the APNs topic.
-- Twin of db/sqlite/0022_push_outbox.sql.

ALTER TABLE dbo.outbox DROP CONSTRAINT ck_outbox_channel;
GO

ALTER TABLE dbo.outbox ADD CONSTRAINT ck_outbox_channel CHECK (channel IN (N'email', N'sms', N'push'));
GO

ALTER TABLE dbo.outbox ALTER COLUMN recipient NVARCHAR(4000) NOT NULL;
GO

ALTER TABLE dbo.outbox ADD platform NVARCHAR(16) NULL, app_id NVARCHAR(255) NULL;
GO
