-- A device MAC belongs to one address (issue 23, ADR 26). device_macs has a row for each MAC in a device slot (isg,
-- smb1-smb4, ata, phone; not the free `mac` column), naming the address and the slot that hold it: its primary key
-- keeps a MAC at one address and in one slot. addressCreate, addressUpdate and addressDelete write it in the
-- transaction that writes the slots, and the device reports, checkHardware and getIP find a device's address through
-- it, so the per-slot MAC indexes of 0002 and 0024 go. Whoever writes a slot's MAC in SQL writes device_macs too.
-- Duplicates already there are resolved first: of the slots holding one MAC, the lowest address id keeps it (within
-- one address, the first slot in the order isg, smb1-smb4, ata, phone); every other slot with that MAC is cleared (MAC,
-- status, status date, activation; an ATA's or phone's model stays) and recorded in device_mac_resolutions with what
-- it held and which address and slot kept the MAC, for the DBA to follow up. Slots hold canonical MACs (0024).
-- Twin of db/sqlserver/0031_device_macs.sql.

CREATE TABLE device_macs (
    mac        TEXT    NOT NULL PRIMARY KEY,
    address_id INTEGER NOT NULL REFERENCES addresses (id),
    slot       TEXT    NOT NULL CHECK (slot IN ('isg', 'smb1', 'smb2', 'smb3', 'smb4', 'ata', 'phone'))
) WITHOUT ROWID;

-- An address's registered devices, which its update and delete free; one MAC a slot.
CREATE UNIQUE INDEX ux_device_macs_address_slot ON device_macs (address_id, slot);

CREATE TABLE device_mac_resolutions (
    id                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    address_id         INTEGER NOT NULL,
    slot               TEXT    NOT NULL,
    mac                TEXT    NOT NULL,
    status             INTEGER NOT NULL,
    status_date        TEXT    NULL,
    activated_at       TEXT    NULL,
    kept_by_address_id INTEGER NOT NULL,
    kept_by_slot       TEXT    NOT NULL,
    resolved_at        TEXT    NOT NULL
);

WITH claims AS (
    SELECT id AS address_id, 'isg' AS slot, 1 AS slot_order, isg_mac AS mac, isg_mac_status AS status,
           isg_mac_status_date AS status_date, isg_mac_activated_at AS activated_at
    FROM addresses WHERE isg_mac <> ''
    UNION ALL
    SELECT id, 'smb1', 2, smb1_mac, smb1_mac_status, smb1_mac_status_date, smb1_mac_activated_at FROM addresses WHERE smb1_mac <> ''
    UNION ALL
    SELECT id, 'smb2', 3, smb2_mac, smb2_mac_status, smb2_mac_status_date, smb2_mac_activated_at FROM addresses WHERE smb2_mac <> ''
    UNION ALL
    SELECT id, 'smb3', 4, smb3_mac, smb3_mac_status, smb3_mac_status_date, smb3_mac_activated_at FROM addresses WHERE smb3_mac <> ''
    UNION ALL
    SELECT id, 'smb4', 5, smb4_mac, smb4_mac_status, smb4_mac_status_date, smb4_mac_activated_at FROM addresses WHERE smb4_mac <> ''
    UNION ALL
    SELECT id, 'ata', 6, ata_mac, ata_mac_status, ata_mac_status_date, ata_mac_activated_at FROM addresses WHERE ata_mac <> ''
    UNION ALL
    SELECT id, 'phone', 7, phone_mac, phone_mac_status, phone_mac_status_date, phone_mac_activated_at FROM addresses WHERE phone_mac <> ''
),
ranked AS (
    SELECT address_id, slot, mac, status, status_date, activated_at,
           ROW_NUMBER() OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS claim,
           FIRST_VALUE(address_id) OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS kept_by_address_id,
           FIRST_VALUE(slot) OVER (PARTITION BY mac ORDER BY address_id, slot_order) AS kept_by_slot
    FROM claims
)
INSERT INTO device_mac_resolutions (address_id, slot, mac, status, status_date, activated_at, kept_by_address_id, kept_by_slot, resolved_at)
SELECT address_id, slot, mac, status, status_date, activated_at, kept_by_address_id, kept_by_slot, CURRENT_TIMESTAMP
FROM ranked
WHERE claim > 1
ORDER BY mac, claim;

-- A cleared slot is a changed address: its devices' version moves on (ADR 18), and so does updated_at.
UPDATE addresses SET isg_mac = '', isg_mac_status = 0, isg_mac_status_date = NULL, isg_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'isg');
UPDATE addresses SET smb1_mac = '', smb1_mac_status = 0, smb1_mac_status_date = NULL, smb1_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'smb1');
UPDATE addresses SET smb2_mac = '', smb2_mac_status = 0, smb2_mac_status_date = NULL, smb2_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'smb2');
UPDATE addresses SET smb3_mac = '', smb3_mac_status = 0, smb3_mac_status_date = NULL, smb3_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'smb3');
UPDATE addresses SET smb4_mac = '', smb4_mac_status = 0, smb4_mac_status_date = NULL, smb4_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'smb4');
UPDATE addresses SET ata_mac = '', ata_mac_status = 0, ata_mac_status_date = NULL, ata_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'ata');
UPDATE addresses SET phone_mac = '', phone_mac_status = 0, phone_mac_status_date = NULL, phone_mac_activated_at = NULL,
    devices_version = devices_version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT address_id FROM device_mac_resolutions WHERE slot = 'phone');

INSERT INTO device_macs (mac, address_id, slot)
SELECT isg_mac, id, 'isg' FROM addresses WHERE isg_mac <> ''
UNION ALL SELECT smb1_mac, id, 'smb1' FROM addresses WHERE smb1_mac <> ''
UNION ALL SELECT smb2_mac, id, 'smb2' FROM addresses WHERE smb2_mac <> ''
UNION ALL SELECT smb3_mac, id, 'smb3' FROM addresses WHERE smb3_mac <> ''
UNION ALL SELECT smb4_mac, id, 'smb4' FROM addresses WHERE smb4_mac <> ''
UNION ALL SELECT ata_mac, id, 'ata' FROM addresses WHERE ata_mac <> ''
UNION ALL SELECT phone_mac, id, 'phone' FROM addresses WHERE phone_mac <> '';

DROP INDEX ix_addresses_isg_mac;
DROP INDEX ix_addresses_smb1_mac;
DROP INDEX ix_addresses_smb2_mac;
DROP INDEX ix_addresses_smb3_mac;
DROP INDEX ix_addresses_smb4_mac;
DROP INDEX ix_addresses_ata_mac;
DROP INDEX ix_addresses_phone_mac;
