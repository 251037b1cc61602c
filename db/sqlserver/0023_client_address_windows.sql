-- Per-client-address counters in fixed windows (issue 13 §1): login and reset requests a minute, failed device-uid
-- logins a minute. They live here, not in a process's memory, so several instances behind a load balancer count the
-- same requests. One row per address and kind; a request past the window starts it again.
-- Twin of db/sqlite/0023_client_address_windows.sql.

CREATE TABLE dbo.client_address_windows (
    client_address NVARCHAR(64) NOT NULL,
    kind VARCHAR(20) NOT NULL CONSTRAINT ck_client_address_windows_kind CHECK (kind IN ('login_request', 'failed_uid_login')),
    window_start DATETIME2(3) NOT NULL,
    hits INT NOT NULL,
    CONSTRAINT pk_client_address_windows PRIMARY KEY (client_address, kind)
);
GO

-- The retention job deletes windows long over.
CREATE INDEX ix_client_address_windows_start ON dbo.client_address_windows (window_start);
GO
