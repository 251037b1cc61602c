-- A business partner's real estate (spec 6.5, 6.9–6.13, 6.28, 6.29): residences, their buildings, and the buildings'
-- flats. A residence belongs to one BP and is known to clients by its residence number; a building lies in one
-- residence; a flat in one building. Buildings and flats carry their BP too, so every list and every scope check
-- reads one index by (partner_id, …) without joining up the chain. A flat is occupied while an address points at
-- it (addresses.flat_id, indexed since 0002), available otherwise. Lists come in id order (docs/contract.md §1).
-- Twin of db/sqlserver/0026_real_estate.sql.

CREATE TABLE residences (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    partner_id       INTEGER NOT NULL REFERENCES business_partners (id),
    residence_number TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    postcode         TEXT    NOT NULL DEFAULT '',
    city             TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE UNIQUE INDEX ux_residences_partner_number ON residences (partner_id, residence_number);
CREATE INDEX ix_residences_partner ON residences (partner_id, id);

CREATE TABLE buildings (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    partner_id    INTEGER NOT NULL REFERENCES business_partners (id),
    residence_id  INTEGER NOT NULL REFERENCES residences (id),
    name          TEXT    NOT NULL,
    street_name   TEXT    NOT NULL DEFAULT '',
    street_number TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- A residence's buildings, and the buildings of a page of residences (a run of residence ids of one BP).
CREATE INDEX ix_buildings_partner_residence ON buildings (partner_id, residence_id, id);

CREATE TABLE flats (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    partner_id       INTEGER NOT NULL REFERENCES business_partners (id),
    building_id      INTEGER NOT NULL REFERENCES buildings (id),
    country          TEXT    NOT NULL,
    state            TEXT    NOT NULL DEFAULT '',
    city             TEXT    NOT NULL,
    city_id          INTEGER NULL REFERENCES cities (id),
    street_name      TEXT    NOT NULL,
    street_number    TEXT    NOT NULL,
    postcode         TEXT    NOT NULL,
    floor            INTEGER NOT NULL DEFAULT 0,
    apartment_number INTEGER NOT NULL,
    letter           TEXT    NOT NULL DEFAULT '',
    code             TEXT    NOT NULL DEFAULT '',
    size             INTEGER NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

-- The BP's flats in id order: the lists skip their offset along this index alone (it holds every column the
-- occupancy test and the count need) and read whole rows only for the page.
CREATE INDEX ix_flats_partner ON flats (partner_id, id);
CREATE INDEX ix_flats_building ON flats (building_id, id);
