-- Counted blocks of flats (issue 8, ADR 0021, ADR 0020 revised): flatListAvailable and flatListOccupied must serve a page
-- of a BP with 20,000 flats at any offset for the cost of the first. A flat's occupancy becomes a stored count,
-- flats.occupants (the addresses pointing at it), so each list reads its own filtered index; flat_blocks counts each BP's
-- available (occupied = 0) and occupied (occupied = 1) flats per block of 1024 ids (block = id / 1024), so the total is a
-- sum of a few rows and a deep page starts at its block's first id. Triggers keep both exact in the statement that
-- changes addresses or flats, however many rows it touches: addresses move the flats' occupants, and a flat's insert,
-- delete, new BP or passage between 0 and 1 or more occupants moves its block count. A block whose count falls to 0 is
-- deleted. Twin of db/sqlite/0030_flat_blocks.sql.

ALTER TABLE dbo.flats ADD occupants INT NOT NULL CONSTRAINT df_flats_occupants DEFAULT 0;
GO

UPDATE f SET occupants = a.occupants
FROM dbo.flats AS f
INNER JOIN (SELECT flat_id, COUNT(*) AS occupants FROM dbo.addresses WHERE flat_id IS NOT NULL GROUP BY flat_id) AS a
    ON a.flat_id = f.id;
GO

-- A BP's flats of one list in id order, read from the index alone up to the page. The lists' conditions are these
-- filters word for word, so the optimizer matches them without occupants in the keys.
CREATE INDEX ix_flats_partner_available ON dbo.flats (partner_id, id) WHERE occupants = 0;
GO

CREATE INDEX ix_flats_partner_occupied ON dbo.flats (partner_id, id) WHERE occupants > 0;
GO

CREATE TABLE dbo.flat_blocks (
    partner_id BIGINT NOT NULL,
    occupied INT NOT NULL,
    block BIGINT NOT NULL,
    flats INT NOT NULL,
    CONSTRAINT pk_flat_blocks PRIMARY KEY (partner_id, occupied, block)
);
GO

INSERT INTO dbo.flat_blocks (partner_id, occupied, block, flats)
SELECT partner_id, CASE WHEN occupants > 0 THEN 1 ELSE 0 END, id / 1024, COUNT(*)
FROM dbo.flats
GROUP BY partner_id, CASE WHEN occupants > 0 THEN 1 ELSE 0 END, id / 1024;
GO

-- Set-based: a statement changing many addresses moves each flat once by its net change. Its update of flats fires
-- tr_flats_blocks (a nested trigger, on by default), which moves the flats that changed list.
CREATE TRIGGER dbo.tr_addresses_occupants ON dbo.addresses
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF EXISTS (SELECT 1 FROM inserted) AND EXISTS (SELECT 1 FROM deleted) AND NOT UPDATE(flat_id)
        RETURN;

    UPDATE f SET occupants = f.occupants + moved.delta
    FROM dbo.flats AS f
    INNER JOIN (
        SELECT changed.flat_id, SUM(changed.delta) AS delta
        FROM (
            SELECT flat_id, 1 AS delta FROM inserted WHERE flat_id IS NOT NULL
            UNION ALL
            SELECT flat_id, -1 AS delta FROM deleted WHERE flat_id IS NOT NULL
        ) AS changed
        GROUP BY changed.flat_id
        HAVING SUM(changed.delta) <> 0
    ) AS moved ON moved.flat_id = f.id;
END
GO

-- Set-based over inserted and deleted, netted per block. New flats first take the count of addresses that already name
-- their id (a row added with IDENTITY_INSERT after its predecessor was deleted), so the blocks are counted from the
-- flats as they are after that, not from inserted; should RECURSIVE_TRIGGERS be on, the update that correction makes
-- must not be counted a second time, hence the nest level. The locks on flat_blocks are held to the end of the
-- transaction, so two writers creating the same block queue.
CREATE TRIGGER dbo.tr_flats_blocks ON dbo.flats
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF TRIGGER_NESTLEVEL(@@PROCID) > 1
        RETURN;

    IF EXISTS (SELECT 1 FROM inserted) AND EXISTS (SELECT 1 FROM deleted)
        AND NOT (UPDATE(partner_id) OR UPDATE(occupants))
        RETURN;

    IF NOT EXISTS (SELECT 1 FROM deleted)
        UPDATE f SET occupants = (SELECT COUNT(*) FROM dbo.addresses AS a WHERE a.flat_id = f.id)
        FROM dbo.flats AS f
        INNER JOIN inserted AS i ON i.id = f.id
        WHERE f.occupants <> (SELECT COUNT(*) FROM dbo.addresses AS a WHERE a.flat_id = f.id);

    DECLARE @changes TABLE (
        partner_id BIGINT NOT NULL,
        occupied INT NOT NULL,
        block BIGINT NOT NULL,
        delta INT NOT NULL,
        PRIMARY KEY (partner_id, occupied, block)
    );

    INSERT INTO @changes (partner_id, occupied, block, delta)
    SELECT moved.partner_id, moved.occupied, moved.block, SUM(moved.delta)
    FROM (
        SELECT f.partner_id, CASE WHEN f.occupants > 0 THEN 1 ELSE 0 END AS occupied, f.id / 1024 AS block, 1 AS delta
        FROM dbo.flats AS f
        INNER JOIN inserted AS i ON i.id = f.id
        UNION ALL
        SELECT partner_id, CASE WHEN occupants > 0 THEN 1 ELSE 0 END AS occupied, id / 1024 AS block, -1 AS delta
        FROM deleted
    ) AS moved
    GROUP BY moved.partner_id, moved.occupied, moved.block
    HAVING SUM(moved.delta) <> 0;

    UPDATE b SET flats = b.flats + c.delta
    FROM dbo.flat_blocks AS b WITH (UPDLOCK, HOLDLOCK)
    INNER JOIN @changes AS c
        ON c.partner_id = b.partner_id AND c.occupied = b.occupied AND c.block = b.block;

    INSERT INTO dbo.flat_blocks (partner_id, occupied, block, flats)
    SELECT c.partner_id, c.occupied, c.block, c.delta
    FROM @changes AS c
    WHERE c.delta > 0
        AND NOT EXISTS (
            SELECT 1 FROM dbo.flat_blocks AS b WITH (UPDLOCK, HOLDLOCK)
            WHERE b.partner_id = c.partner_id AND b.occupied = c.occupied AND b.block = c.block);

    DELETE b
    FROM dbo.flat_blocks AS b
    INNER JOIN @changes AS c
        ON c.partner_id = b.partner_id AND c.occupied = b.occupied AND c.block = b.block
    WHERE b.flats <= 0;
END
GO
