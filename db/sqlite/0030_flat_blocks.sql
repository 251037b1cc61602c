-- Counted blocks of flats (issue 8, ADR 0021, ADR 0020 revised): flatListAvailable and flatListOccupied must serve a page
-- of a BP with 20,000 flats at any offset for the cost of the first. A flat's occupancy becomes a stored count,
-- flats.occupants (the addresses pointing at it), so each list reads its own partial index; flat_blocks counts each BP's
-- available (occupied = 0) and occupied (occupied = 1) flats per block of 1024 ids (block = id / 1024), so the total is a
-- sum of a few rows and a deep page starts at its block's first id. Triggers keep both exact in the statement that
-- changes an address or a flat: an address's insert, delete or new flat_id moves the flats' occupants, and a flat's
-- insert, delete, new BP or passage between 0 and 1 or more occupants moves its block count. A block whose count falls
-- to 0 is deleted. Twin of db/sqlserver/0030_flat_blocks.sql.

ALTER TABLE flats ADD COLUMN occupants INTEGER NOT NULL DEFAULT 0;

UPDATE flats SET occupants = (SELECT COUNT(*) FROM addresses a WHERE a.flat_id = flats.id)
WHERE EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = flats.id);

-- A BP's flats of one list in id order, read from the index alone up to the page. The lists' conditions are these
-- filters word for word, which is what lets SQLite (and SQL Server's filtered twins) use them.
CREATE INDEX ix_flats_partner_available ON flats (partner_id, id) WHERE occupants = 0;
CREATE INDEX ix_flats_partner_occupied ON flats (partner_id, id) WHERE occupants > 0;

CREATE TABLE flat_blocks (
    partner_id INTEGER NOT NULL,
    occupied   INTEGER NOT NULL,
    block      INTEGER NOT NULL,
    flats      INTEGER NOT NULL,
    PRIMARY KEY (partner_id, occupied, block)
) WITHOUT ROWID;

INSERT INTO flat_blocks (partner_id, occupied, block, flats)
SELECT partner_id, occupants > 0, id / 1024, COUNT(*)
FROM flats
GROUP BY partner_id, occupants > 0, id / 1024;

-- An address of no flat, or of a flat id no row has, moves nothing.
CREATE TRIGGER tr_addresses_occupants_insert AFTER INSERT ON addresses
WHEN NEW.flat_id IS NOT NULL
BEGIN
    UPDATE flats SET occupants = occupants + 1 WHERE id = NEW.flat_id;
END;

CREATE TRIGGER tr_addresses_occupants_delete AFTER DELETE ON addresses
WHEN OLD.flat_id IS NOT NULL
BEGIN
    UPDATE flats SET occupants = occupants - 1 WHERE id = OLD.flat_id;
END;

-- Address updates that write flat_id back unchanged cost nothing more.
CREATE TRIGGER tr_addresses_occupants_update AFTER UPDATE OF flat_id ON addresses
WHEN OLD.flat_id IS NOT NEW.flat_id
BEGIN
    UPDATE flats SET occupants = occupants - 1 WHERE id = OLD.flat_id;
    UPDATE flats SET occupants = occupants + 1 WHERE id = NEW.flat_id;
END;

-- A flat inserted with an id that addresses already name (a row added in SQL after its predecessor was deleted) takes
-- their count; the update moves it to the occupied block through tr_flats_blocks_update.
CREATE TRIGGER tr_flats_blocks_insert AFTER INSERT ON flats
BEGIN
    INSERT INTO flat_blocks (partner_id, occupied, block, flats)
    VALUES (NEW.partner_id, NEW.occupants > 0, NEW.id / 1024, 1)
    ON CONFLICT (partner_id, occupied, block) DO UPDATE SET flats = flat_blocks.flats + 1;
    UPDATE flats SET occupants = (SELECT COUNT(*) FROM addresses a WHERE a.flat_id = NEW.id)
    WHERE id = NEW.id AND occupants <> (SELECT COUNT(*) FROM addresses a WHERE a.flat_id = NEW.id);
END;

CREATE TRIGGER tr_flats_blocks_delete AFTER DELETE ON flats
BEGIN
    UPDATE flat_blocks SET flats = flats - 1
    WHERE partner_id = OLD.partner_id AND occupied = (OLD.occupants > 0) AND block = OLD.id / 1024;
    DELETE FROM flat_blocks
    WHERE partner_id = OLD.partner_id AND occupied = (OLD.occupants > 0) AND block = OLD.id / 1024 AND flats <= 0;
END;

-- Only a new BP, id or list moves a block: flatUpdate writes partner_id back unchanged, and an occupant more or less on
-- a flat that stays occupied leaves it in its list.
CREATE TRIGGER tr_flats_blocks_update AFTER UPDATE OF partner_id, occupants, id ON flats
WHEN OLD.partner_id <> NEW.partner_id OR (OLD.occupants > 0) <> (NEW.occupants > 0) OR OLD.id <> NEW.id
BEGIN
    UPDATE flat_blocks SET flats = flats - 1
    WHERE partner_id = OLD.partner_id AND occupied = (OLD.occupants > 0) AND block = OLD.id / 1024;
    DELETE FROM flat_blocks
    WHERE partner_id = OLD.partner_id AND occupied = (OLD.occupants > 0) AND block = OLD.id / 1024 AND flats <= 0;
    INSERT INTO flat_blocks (partner_id, occupied, block, flats)
    VALUES (NEW.partner_id, NEW.occupants > 0, NEW.id / 1024, 1)
    ON CONFLICT (partner_id, occupied, block) DO UPDATE SET flats = flat_blocks.flats + 1;
END;
