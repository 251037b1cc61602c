-- Device reports (spec 6.22, 6.38, 6.39; issue 8, ADR 18). Each slot gets the time its status last became 1 (getSMB's
-- `activation`; the status date moves on every report, so it cannot tell), filled from the status date where a slot
-- is active already. `devices_version` is the version of an address's devices: a report saves only at the version it
-- read (updateMACstatus, updateIP, and addressUpdate moves it on), so concurrent reports about one address are all
-- kept. The MAC columns the reports look devices up by are indexed (isg_mac since 0002); they hold canonical MACs
-- (AA:BB:CC:00:09:55), so a lookup is an index seek.
-- Twin of db/sqlserver/0024_device_reports.sql.

ALTER TABLE addresses ADD COLUMN devices_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE addresses ADD COLUMN isg_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN smb1_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN smb2_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN smb3_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN smb4_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN ata_mac_activated_at TEXT NULL;
ALTER TABLE addresses ADD COLUMN phone_mac_activated_at TEXT NULL;

UPDATE addresses SET isg_mac_activated_at = isg_mac_status_date WHERE isg_mac_status = 1;
UPDATE addresses SET smb1_mac_activated_at = smb1_mac_status_date WHERE smb1_mac_status = 1;
UPDATE addresses SET smb2_mac_activated_at = smb2_mac_status_date WHERE smb2_mac_status = 1;
UPDATE addresses SET smb3_mac_activated_at = smb3_mac_status_date WHERE smb3_mac_status = 1;
UPDATE addresses SET smb4_mac_activated_at = smb4_mac_status_date WHERE smb4_mac_status = 1;
UPDATE addresses SET ata_mac_activated_at = ata_mac_status_date WHERE ata_mac_status = 1;
UPDATE addresses SET phone_mac_activated_at = phone_mac_status_date WHERE phone_mac_status = 1;

CREATE INDEX ix_addresses_smb1_mac ON addresses (smb1_mac);
CREATE INDEX ix_addresses_smb2_mac ON addresses (smb2_mac);
CREATE INDEX ix_addresses_smb3_mac ON addresses (smb3_mac);
CREATE INDEX ix_addresses_smb4_mac ON addresses (smb4_mac);
CREATE INDEX ix_addresses_ata_mac ON addresses (ata_mac);
CREATE INDEX ix_addresses_phone_mac ON addresses (phone_mac);
