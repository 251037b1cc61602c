-- Device reports (spec 6.22, 6.38, 6.39; issue 8, ADR 18). Each slot gets the time its status last became 1 (getSMB's
-- `activation`; the status date moves on every report, so it cannot tell), filled from the status date where a slot
-- is active already. `devices_version` is the version of an address's devices: a report saves only at the version it
-- read (updateMACstatus, updateIP, and addressUpdate moves it on), so concurrent reports about one address are all
-- kept. The MAC columns the reports look devices up by are indexed (isg_mac since 0002); they hold canonical MACs
-- (AA:BB:CC:00:09:55), so a lookup is an index seek.
-- Twin of db/sqlite/0024_device_reports.sql.

ALTER TABLE dbo.addresses ADD
    devices_version INT NOT NULL CONSTRAINT df_addresses_devices_version DEFAULT 0,
    isg_mac_activated_at DATETIME2(3) NULL,
    smb1_mac_activated_at DATETIME2(3) NULL,
    smb2_mac_activated_at DATETIME2(3) NULL,
    smb3_mac_activated_at DATETIME2(3) NULL,
    smb4_mac_activated_at DATETIME2(3) NULL,
    ata_mac_activated_at DATETIME2(3) NULL,
    phone_mac_activated_at DATETIME2(3) NULL;
GO

UPDATE dbo.addresses SET isg_mac_activated_at = isg_mac_status_date WHERE isg_mac_status = 1;
UPDATE dbo.addresses SET smb1_mac_activated_at = smb1_mac_status_date WHERE smb1_mac_status = 1;
UPDATE dbo.addresses SET smb2_mac_activated_at = smb2_mac_status_date WHERE smb2_mac_status = 1;
UPDATE dbo.addresses SET smb3_mac_activated_at = smb3_mac_status_date WHERE smb3_mac_status = 1;
UPDATE dbo.addresses SET smb4_mac_activated_at = smb4_mac_status_date WHERE smb4_mac_status = 1;
UPDATE dbo.addresses SET ata_mac_activated_at = ata_mac_status_date WHERE ata_mac_status = 1;
UPDATE dbo.addresses SET phone_mac_activated_at = phone_mac_status_date WHERE phone_mac_status = 1;
GO

CREATE INDEX ix_addresses_smb1_mac ON dbo.addresses (smb1_mac);
GO

CREATE INDEX ix_addresses_smb2_mac ON dbo.addresses (smb2_mac);
GO

CREATE INDEX ix_addresses_smb3_mac ON dbo.addresses (smb3_mac);
GO

CREATE INDEX ix_addresses_smb4_mac ON dbo.addresses (smb4_mac);
GO

CREATE INDEX ix_addresses_ata_mac ON dbo.addresses (ata_mac);
GO

CREATE INDEX ix_addresses_phone_mac ON dbo.addresses (phone_mac);
GO
