-- A device MAC belongs to one address (issue 23, ADR 26). device_macs has a row for each MAC in a device slot (isg,
-- smb1-smb4, ata, phone; not the free `mac` column), naming the address and the slot that hold it: its primary key
-- keeps a MAC at one address and in one slot. addressCreate, addressUpdate and addressDelete write it in the
-- transaction that writes the slots, and the device reports, checkHardware and getIP find a device's address through
-- it, so the per-slot MAC indexes of 0002 and 0024 go. Whoever writes a slot's MAC in SQL writes device_macs too.
-- Duplicates already there are resolved first: of the slots holding one MAC, the lowest address id keeps it (within
-- one address, the first slot in the order isg, smb1-smb4, ata, phone); every other slot with that MAC is cleared (MAC,
-- status, status date, activation; an ATA's or phone's model stays) and recorded in device_mac_resolutions with what
-- it held and which address and slot kept the MAC, for the DBA to follow up. Slots hold canonical MACs (0024), and
-- MACs compare under the database's collation, as the primary key does.
-- Twin of db/sqlite/0031_device_macs.sql.

CREATE TABLE dbo.device_macs (
    mac NVARCHAR(17) NOT NULL CONSTRAINT pk_device_macs PRIMARY KEY,
    address_id BIGINT NOT NULL CONSTRAINT fk_device_macs_address_id REFERENCES dbo.addresses (id),
    slot NVARCHAR(8) NOT NULL
        CONSTRAINT ck_device_macs_slot CHECK (slot IN (N'isg', N'smb1', N'smb2', N'smb3', N'smb4', N'ata', N'phone'))
);
GO

-- An address's registered devices, which its update and delete free; one MAC a slot.
CREATE UNIQUE INDEX ux_device_macs_address_slot ON dbo.device_macs (address_id, slot);
GO

CREATE TABLE dbo.device_mac_resolutions (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_device_mac_resolutions PRIMARY KEY,
    address_id BIGINT NOT NULL,
    slot NVARCHAR(8) NOT NULL,
    mac NVARCHAR(17) NOT NULL,
    status INT NOT NULL,
    status_date DATETIME2(3) NULL,
    activated_at DATETIME2(3) NULL,
    kept_by_address_id BIGINT NOT NULL,
    kept_by_slot NVARCHAR(8) NOT NULL,
    resolved_at DATETIME2(3) NOT NULL
);
GO

WITH claims AS (
    SELECT id AS address_id, N'isg' AS slot, 1 AS slot_order, isg_mac AS mac, isg_mac_status AS status,
           isg_mac_status_date AS status_date, isg_mac_activated_at AS activated_at
    FROM dbo.addresses WHERE isg_mac <> N''
    UNION ALL
    SELECT id, N'smb1', 2, smb1_mac, smb1_mac_status, smb1_mac_status_date, smb1_mac_activated_at FROM dbo.addresses WHERE smb1_mac <> N''
    UNION ALL
    SELECT id, N'smb2', 3, smb2_mac, smb2_mac_status, smb2_mac_status_date, smb2_mac_activated_at FROM dbo.addresses WHERE smb2_mac <> N''
    UNION ALL
    SELECT id, N'smb3', 4, smb3_mac, smb3_mac_status, smb3_mac_status_date, smb3_mac_activated_at FROM dbo.addresses WHERE smb3_mac <> N''
    UNION ALL
    SELECT id, N'smb4', 5, smb4_mac, smb4_mac_status, smb4_mac_status_date, smb4_mac_activated_at FROM dbo.addresses WHERE smb4_mac <> N''
    UNION ALL
    SELECT id, N'ata', 6, ata_mac, ata_mac_status, ata_mac_status_date, ata_mac_activated_at FROM dbo.addresses WHERE ata_mac <> N''
    UNION ALL
    SELECT id, N'phone', 7, phone_mac, phone_mac_status, phone_mac_status_date, phone_mac_activated_at FROM dbo.addresses WHERE phone_mac <> N''
),
ranked AS (
    SELECT address_id, slot, mac, status, status_date, activated_at,
           ROW_NUMBER() OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS claim,
           FIRST_VALUE(address_id) OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS kept_by_address_id,
           FIRST_VALUE(slot) OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS kept_by_slot
    FROM claims
)
INSERT INTO dbo.device_mac_resolutions (address_id, slot, mac, status, status_date, activated_at, kept_by_address_id, kept_by_slot, resolved_at)
SELECT address_id, slot, mac, status, status_date, activated_at, kept_by_address_id, kept_by_slot, SYSUTCDATETIME()
FROM ranked
WHERE claim > 1
ORDER BY mac, claim;
GO

-- A cleared slot is a changed address: its devices' version moves on (ADR 18), and so does updated_at.
UPDATE dbo.addresses SET isg_mac = N'', isg_mac_status = 0, isg_mac_status_date = NULL, isg_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'isg');
UPDATE dbo.addresses SET smb1_mac = N'', smb1_mac_status = 0, smb1_mac_status_date = NULL, smb1_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'smb1');
UPDATE dbo.addresses SET smb2_mac = N'', smb2_mac_status = 0, smb2_mac_status_date = NULL, smb2_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'smb2');
UPDATE dbo.addresses SET smb3_mac = N'', smb3_mac_status = 0, smb3_mac_status_date = NULL, smb3_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'smb3');
UPDATE dbo.addresses SET smb4_mac = N'', smb4_mac_status = 0, smb4_mac_status_date = NULL, smb4_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'smb4');
UPDATE dbo.addresses SET ata_mac = N'', ata_mac_status = 0, ata_mac_status_date = NULL, ata_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'ata');
UPDATE dbo.addresses SET phone_mac = N'', phone_mac_status = 0, phone_mac_status_date = NULL, phone_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = SYSUTCDATETIME()
WHERE id IN (SELECT address_id FROM dbo.device_mac_resolutions WHERE slot = N'phone');
GO

INSERT INTO dbo.device_macs (mac, address_id, slot)
SELECT isg_mac, id, N'isg' FROM dbo.addresses WHERE isg_mac <> N''
UNION ALL SELECT smb1_mac, id, N'smb1' FROM dbo.addresses WHERE smb1_mac <> N''
UNION ALL SELECT smb2_mac, id, N'smb2' FROM dbo.addresses WHERE smb2_mac <> N''
UNION ALL SELECT smb3_mac, id, N'smb3' FROM dbo.addresses WHERE smb3_mac <> N''
UNION ALL SELECT smb4_mac, id, N'smb4' FROM dbo.addresses WHERE smb4_mac <> N''
UNION ALL SELECT ata_mac, id, N'ata' FROM dbo.addresses WHERE ata_mac <> N''
UNION ALL SELECT phone_mac, id, N'phone' FROM dbo.addresses WHERE phone_mac <> N'';
GO

DROP INDEX ix_addresses_isg_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_smb1_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_smb2_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_smb3_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_smb4_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_ata_mac ON dbo.addresses;
GO

DROP INDEX ix_addresses_phone_mac ON dbo.addresses;
GO
