-- A business partner's real estate (spec 6.5, 6.9–6.13, 6.28, 6.29): residences, their buildings, and the buildings'
-- flats. A residence belongs to one BP and is known to clients by its residence number; a building lies in one
-- residence; a flat in one building. Buildings and flats carry their BP too, so every list and every scope check
-- reads one index by (partner_id, …) without joining up the chain. A flat is occupied while an address points at
-- it (addresses.flat_id, indexed since 0002), available otherwise. Lists come in id order (docs/contract.md §1).
-- Twin of db/sqlite/0026_real_estate.sql.

CREATE TABLE dbo.residences (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_residences PRIMARY KEY,
    partner_id BIGINT NOT NULL CONSTRAINT fk_residences_partner_id REFERENCES dbo.business_partners (id),
    residence_number NVARCHAR(64) NOT NULL,
    name NVARCHAR(255) NOT NULL,
    postcode NVARCHAR(32) NOT NULL CONSTRAINT df_residences_postcode DEFAULT N'',
    city NVARCHAR(255) NOT NULL CONSTRAINT df_residences_city DEFAULT N'',
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE UNIQUE INDEX ux_residences_partner_number ON dbo.residences (partner_id, residence_number);
GO

CREATE INDEX ix_residences_partner ON dbo.residences (partner_id, id);
GO

CREATE TABLE dbo.buildings (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_buildings PRIMARY KEY,
    partner_id BIGINT NOT NULL CONSTRAINT fk_buildings_partner_id REFERENCES dbo.business_partners (id),
    residence_id BIGINT NOT NULL CONSTRAINT fk_buildings_residence_id REFERENCES dbo.residences (id),
    name NVARCHAR(255) NOT NULL,
    street_name NVARCHAR(255) NOT NULL CONSTRAINT df_buildings_street_name DEFAULT N'',
    street_number NVARCHAR(32) NOT NULL CONSTRAINT df_buildings_street_number DEFAULT N'',
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

-- A residence's buildings, and the buildings of a page of residences (a run of residence ids of one BP).
CREATE INDEX ix_buildings_partner_residence ON dbo.buildings (partner_id, residence_id, id);
GO

CREATE TABLE dbo.flats (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_flats PRIMARY KEY,
    partner_id BIGINT NOT NULL CONSTRAINT fk_flats_partner_id REFERENCES dbo.business_partners (id),
    building_id BIGINT NOT NULL CONSTRAINT fk_flats_building_id REFERENCES dbo.buildings (id),
    country NVARCHAR(32) NOT NULL,
    state NVARCHAR(255) NOT NULL CONSTRAINT df_flats_state DEFAULT N'',
    city NVARCHAR(255) NOT NULL,
    city_id BIGINT NULL CONSTRAINT fk_flats_city_id REFERENCES dbo.cities (id),
    street_name NVARCHAR(255) NOT NULL,
    street_number NVARCHAR(32) NOT NULL,
    postcode NVARCHAR(32) NOT NULL,
    floor INT NOT NULL CONSTRAINT df_flats_floor DEFAULT 0,
    apartment_number INT NOT NULL,
    letter NVARCHAR(32) NOT NULL CONSTRAINT df_flats_letter DEFAULT N'',
    code NVARCHAR(255) NOT NULL CONSTRAINT df_flats_code DEFAULT N'',
    size INT NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

-- The BP's flats in id order: the lists skip their offset along this index alone (it holds every column the
-- occupancy test and the count need) and read whole rows only for the page.
CREATE INDEX ix_flats_partner ON dbo.flats (partner_id, id);
GO

CREATE INDEX ix_flats_building ON dbo.flats (building_id, id);
GO
