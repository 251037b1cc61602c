-- Cities and the users' addresses (spec 6.3): postal data, the billing/installation flags, and the hardware
-- installed there (ISG, SMB boxes, ATA, phone) with their MAC status. Times are UTC (datetime2).
-- Twin of db/sqlite/0002_addresses.sql.

CREATE TABLE dbo.cities (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_cities PRIMARY KEY,
    name NVARCHAR(255) NOT NULL,
    state NVARCHAR(255) NOT NULL CONSTRAINT df_cities_state DEFAULT N'',
    country_iso NVARCHAR(32) NOT NULL CONSTRAINT df_cities_country_iso DEFAULT N'CH'
);
GO

CREATE TABLE dbo.addresses (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_addresses PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_addresses_account_id REFERENCES dbo.accounts (id),
    name NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_name DEFAULT N'',
    gender NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_gender DEFAULT N'',
    company NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_company DEFAULT N'',
    firstname NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_firstname DEFAULT N'',
    lastname NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_lastname DEFAULT N'',
    letter NVARCHAR(32) NULL,
    floor NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_floor DEFAULT N'0',
    street_address NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_street_address DEFAULT N'',
    street_number NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_street_number DEFAULT N'',
    suburb NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_suburb DEFAULT N'',
    postcode NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_postcode DEFAULT N'',
    city NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_city DEFAULT N'',
    city_id BIGINT NULL CONSTRAINT fk_addresses_city_id REFERENCES dbo.cities (id),
    state NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_state DEFAULT N'',
    country_iso NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_country_iso DEFAULT N'',
    type INT NOT NULL CONSTRAINT df_addresses_type DEFAULT 0,
    lat NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_lat DEFAULT N'',
    lng NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_lng DEFAULT N'',
    apartment_number NVARCHAR(32) NOT NULL CONSTRAINT df_addresses_apartment_number DEFAULT N'0',
    oto NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_oto DEFAULT N'',
    building_name NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_building_name DEFAULT N'',
    mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_mac DEFAULT N'',
    isg_ip NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_isg_ip DEFAULT N'',
    isg_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_isg_mac DEFAULT N'',
    isg_mac_status INT NOT NULL CONSTRAINT df_addresses_isg_mac_status DEFAULT 0,
    isg_mac_status_date DATETIME2(3) NULL,
    smb1_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_smb1_mac DEFAULT N'',
    smb1_mac_status INT NOT NULL CONSTRAINT df_addresses_smb1_mac_status DEFAULT 0,
    smb1_mac_status_date DATETIME2(3) NULL,
    smb2_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_smb2_mac DEFAULT N'',
    smb2_mac_status INT NOT NULL CONSTRAINT df_addresses_smb2_mac_status DEFAULT 0,
    smb2_mac_status_date DATETIME2(3) NULL,
    smb3_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_smb3_mac DEFAULT N'',
    smb3_mac_status INT NOT NULL CONSTRAINT df_addresses_smb3_mac_status DEFAULT 0,
    smb3_mac_status_date DATETIME2(3) NULL,
    smb4_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_smb4_mac DEFAULT N'',
    smb4_mac_status INT NOT NULL CONSTRAINT df_addresses_smb4_mac_status DEFAULT 0,
    smb4_mac_status_date DATETIME2(3) NULL,
    ata_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_ata_mac DEFAULT N'',
    ata_mac_status INT NOT NULL CONSTRAINT df_addresses_ata_mac_status DEFAULT 0,
    ata_mac_status_date DATETIME2(3) NULL,
    ata_mac_model NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_ata_mac_model DEFAULT N'0',
    phone_mac NVARCHAR(17) NOT NULL CONSTRAINT df_addresses_phone_mac DEFAULT N'',
    phone_mac_status INT NOT NULL CONSTRAINT df_addresses_phone_mac_status DEFAULT 0,
    phone_mac_status_date DATETIME2(3) NULL,
    phone_mac_model NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_phone_mac_model DEFAULT N'0',
    billing INT NOT NULL CONSTRAINT df_addresses_billing DEFAULT 0,
    installation INT NOT NULL CONSTRAINT df_addresses_installation DEFAULT 0,
    updated_isg_at DATETIME2(3) NULL,
    type_address INT NOT NULL CONSTRAINT df_addresses_type_address DEFAULT 0,
    custom_type_address NVARCHAR(255) NOT NULL CONSTRAINT df_addresses_custom_type_address DEFAULT N'',
    building_id BIGINT NULL,
    flat_id BIGINT NULL,
    size NVARCHAR(32) NULL,
    code NVARCHAR(32) NULL,
    addresses_status NVARCHAR(255) NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_addresses_account ON dbo.addresses (account_id);
GO

CREATE INDEX ix_addresses_flat ON dbo.addresses (flat_id);
GO

CREATE INDEX ix_addresses_isg_mac ON dbo.addresses (isg_mac);
GO
