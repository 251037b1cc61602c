-- Per-client-address counters in fixed windows (issue 13 §1): login and reset requests a minute, failed device-uid
-- logins a minute. They live here, not in a process's memory, so several instances behind a load balancer count the
-- same requests. One row per address and kind; a request past the window starts it again.
-- Twin of db/sqlserver/0023_client_address_windows.sql.

CREATE TABLE client_address_windows (
    client_address TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('login_request', 'failed_uid_login')),
    window_start   TEXT    NOT NULL,
    hits           INTEGER NOT NULL,
    PRIMARY KEY (client_address, kind)
) WITHOUT ROWID;

-- The retention job deletes windows long over.
CREATE INDEX ix_client_address_windows_start ON client_address_windows (window_start);
