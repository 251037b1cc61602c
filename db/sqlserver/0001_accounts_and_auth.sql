-- Accounts, roles, business partners with their branding, services and their categories, partner offers,
-- subscriptions, languages, device uids, push tokens, access/refresh tokens and device sessions.
-- Times are UTC (datetime2). Wire booleans are BIT, wire "0"/"1" flags INT. Twin of db/sqlite/0001_accounts_and_auth.sql.

CREATE TABLE dbo.roles (
    id INT NOT NULL CONSTRAINT pk_roles PRIMARY KEY,
    code NVARCHAR(255) NOT NULL CONSTRAINT uq_roles_code UNIQUE,
    name NVARCHAR(255) NOT NULL
);
GO

CREATE TABLE dbo.languages (
    id BIGINT NOT NULL CONSTRAINT pk_languages PRIMARY KEY,
    iso NVARCHAR(255) NOT NULL CONSTRAINT uq_languages_iso UNIQUE,
    name NVARCHAR(255) NOT NULL
);
GO

CREATE TABLE dbo.business_partners (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_business_partners PRIMARY KEY,
    company NVARCHAR(255) NOT NULL,
    name NVARCHAR(255) NOT NULL,
    phone NVARCHAR(1024) NOT NULL CONSTRAINT df_business_partners_phone DEFAULT N'',
    email NVARCHAR(255) NOT NULL CONSTRAINT df_business_partners_email DEFAULT N'',
    internal_number NVARCHAR(1024) NOT NULL CONSTRAINT df_business_partners_internal_number DEFAULT N'',
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE TABLE dbo.partner_branding (
    partner_id BIGINT NOT NULL CONSTRAINT pk_partner_branding PRIMARY KEY CONSTRAINT fk_partner_branding_partner_id REFERENCES dbo.business_partners (id),
    logo NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_logo DEFAULT N'',
    background_image NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_background_image DEFAULT N'',
    background_smartphone_image NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_background_smartphone_image DEFAULT N'',
    font_color_top NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_font_color_top DEFAULT N'',
    color_top NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_color_top DEFAULT N'',
    font_color_service NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_font_color_service DEFAULT N'',
    font_color_bottom NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_font_color_bottom DEFAULT N'',
    smartphone_app_name NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_smartphone_app_name DEFAULT N'',
    line_color_smartphone NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_line_color_smartphone DEFAULT N'',
    font_color_smartphone NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_font_color_smartphone DEFAULT N'',
    background_color_smartphone NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_background_color_smartphone DEFAULT N'',
    background_color_wall_tablet NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_background_color_wall_tablet DEFAULT N'',
    background_color_icon_smartphone NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_background_color_icon_smartphone DEFAULT N'',
    paid_services BIT NOT NULL CONSTRAINT df_partner_branding_paid_services DEFAULT 0,
    support_button BIT NOT NULL CONSTRAINT df_partner_branding_support_button DEFAULT 0,
    url NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_url DEFAULT N'',
    footer_content NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_footer_content DEFAULT N'',
    footer_active BIT NOT NULL CONSTRAINT df_partner_branding_footer_active DEFAULT 0,
    color_service NVARCHAR(1024) NOT NULL CONSTRAINT df_partner_branding_color_service DEFAULT N'',
    bar_button_color NVARCHAR(1024) NULL,
    bar_button_text NVARCHAR(1024) NULL,
    bar_button_url NVARCHAR(1024) NULL
);
GO

CREATE TABLE dbo.accounts (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_accounts PRIMARY KEY,
    role_id INT NOT NULL CONSTRAINT fk_accounts_role_id REFERENCES dbo.roles (id),
    partner_id BIGINT NULL CONSTRAINT fk_accounts_partner_id REFERENCES dbo.business_partners (id),
    username NVARCHAR(255) NOT NULL CONSTRAINT uq_accounts_username UNIQUE,
    email NVARCHAR(255) NOT NULL CONSTRAINT uq_accounts_email UNIQUE,
    password_hash NVARCHAR(255) NOT NULL,
    name NVARCHAR(255) NOT NULL CONSTRAINT df_accounts_name DEFAULT N'',
    lastname NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_lastname DEFAULT N'',
    gender NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_gender DEFAULT N'',
    dob DATE NULL,
    telephone NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_telephone DEFAULT N'',
    mobil NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_mobil DEFAULT N'',
    fax NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_fax DEFAULT N'',
    fiscal_number NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_fiscal_number DEFAULT N'',
    image NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_image DEFAULT N'',
    status INT NOT NULL CONSTRAINT df_accounts_status DEFAULT 1,
    demo INT NOT NULL CONSTRAINT df_accounts_demo DEFAULT 0,
    status_control INT NOT NULL CONSTRAINT df_accounts_status_control DEFAULT 0,
    payment_allowed NVARCHAR(1024) NOT NULL CONSTRAINT df_accounts_payment_allowed DEFAULT N'',
    language_id BIGINT NOT NULL CONSTRAINT fk_accounts_language_id REFERENCES dbo.languages (id),
    default_address_id BIGINT NULL,
    failed_logins INT NOT NULL CONSTRAINT df_accounts_failed_logins DEFAULT 0,
    failed_window_start DATETIME2(3) NULL,
    locked_until DATETIME2(3) NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_accounts_partner ON dbo.accounts (partner_id);
GO

CREATE TABLE dbo.categories (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_categories PRIMARY KEY,
    parent_id BIGINT NULL CONSTRAINT fk_categories_parent_id REFERENCES dbo.categories (id),
    name NVARCHAR(255) NOT NULL,
    image NVARCHAR(1024) NOT NULL CONSTRAINT df_categories_image DEFAULT N'',
    active INT NOT NULL CONSTRAINT df_categories_active DEFAULT 1,
    smart_image NVARCHAR(1024) NOT NULL CONSTRAINT df_categories_smart_image DEFAULT N'',
    in_wall_image NVARCHAR(1024) NOT NULL CONSTRAINT df_categories_in_wall_image DEFAULT N''
);
GO

CREATE TABLE dbo.services (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_services PRIMARY KEY,
    name NVARCHAR(255) NOT NULL,
    category_id BIGINT NOT NULL CONSTRAINT fk_services_category_id REFERENCES dbo.categories (id),
    owner_account_id BIGINT NULL CONSTRAINT fk_services_owner_account_id REFERENCES dbo.accounts (id),
    upstream NVARCHAR(255) NOT NULL CONSTRAINT df_services_upstream DEFAULT N'',
    params NVARCHAR(1024) NOT NULL CONSTRAINT df_services_params DEFAULT N'',
    admin_url NVARCHAR(1024) NOT NULL CONSTRAINT df_services_admin_url DEFAULT N'',
    type INT NOT NULL CONSTRAINT df_services_type DEFAULT 1,
    image NVARCHAR(1024) NOT NULL CONSTRAINT df_services_image DEFAULT N'',
    webview_url NVARCHAR(1024) NOT NULL CONSTRAINT df_services_webview_url DEFAULT N'',
    doc_url NVARCHAR(1024) NOT NULL CONSTRAINT df_services_doc_url DEFAULT N'',
    active INT NOT NULL CONSTRAINT df_services_active DEFAULT 1,
    admin NVARCHAR(255) NOT NULL CONSTRAINT df_services_admin DEFAULT N'',
    admin_password NVARCHAR(1024) NOT NULL CONSTRAINT df_services_admin_password DEFAULT N'',
    secret_id NVARCHAR(255) NOT NULL CONSTRAINT df_services_secret_id DEFAULT N'',
    managername NVARCHAR(255) NOT NULL CONSTRAINT df_services_managername DEFAULT N'',
    device_type INT NOT NULL CONSTRAINT df_services_device_type DEFAULT 3,
    description NVARCHAR(1024) NOT NULL CONSTRAINT df_services_description DEFAULT N'',
    smart_image NVARCHAR(1024) NOT NULL CONSTRAINT df_services_smart_image DEFAULT N'',
    internal_use INT NOT NULL CONSTRAINT df_services_internal_use DEFAULT 0,
    currency INT NOT NULL CONSTRAINT df_services_currency DEFAULT 3,
    vat NVARCHAR(16) NOT NULL CONSTRAINT df_services_vat DEFAULT N'0.00',
    available_in_app INT NOT NULL CONSTRAINT df_services_available_in_app DEFAULT 1,
    in_wall INT NOT NULL CONSTRAINT df_services_in_wall DEFAULT 1,
    in_wall_image NVARCHAR(1024) NOT NULL CONSTRAINT df_services_in_wall_image DEFAULT N'',
    available_in_web INT NOT NULL CONSTRAINT df_services_available_in_web DEFAULT 0,
    api_url NVARCHAR(1024) NOT NULL CONSTRAINT df_services_api_url DEFAULT N'',
    subscription INT NOT NULL CONSTRAINT df_services_subscription DEFAULT 0,
    address_specific INT NOT NULL CONSTRAINT df_services_address_specific DEFAULT 0,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_services_owner ON dbo.services (owner_account_id);
GO

CREATE TABLE dbo.partner_services (
    partner_id BIGINT NOT NULL CONSTRAINT fk_partner_services_partner_id REFERENCES dbo.business_partners (id),
    service_id BIGINT NOT NULL CONSTRAINT fk_partner_services_service_id REFERENCES dbo.services (id),
    CONSTRAINT pk_partner_services PRIMARY KEY (partner_id, service_id)
);
GO

CREATE TABLE dbo.subscriptions (
    account_id BIGINT NOT NULL CONSTRAINT fk_subscriptions_account_id REFERENCES dbo.accounts (id),
    service_id BIGINT NOT NULL CONSTRAINT fk_subscriptions_service_id REFERENCES dbo.services (id),
    created_at DATETIME2(3) NOT NULL,
    CONSTRAINT pk_subscriptions PRIMARY KEY (account_id, service_id)
);
GO

CREATE TABLE dbo.device_uids (
    uid NVARCHAR(255) NOT NULL CONSTRAINT pk_device_uids PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_device_uids_account_id REFERENCES dbo.accounts (id),
    created_at DATETIME2(3) NOT NULL
);
GO

CREATE INDEX ix_device_uids_account ON dbo.device_uids (account_id);
GO

CREATE TABLE dbo.device_push_tokens (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_device_push_tokens PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_device_push_tokens_account_id REFERENCES dbo.accounts (id),
    app_id NVARCHAR(255) NOT NULL,
    platform NVARCHAR(255) NOT NULL,
    device_token NVARCHAR(4000) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL,
    CONSTRAINT uq_device_push_tokens_key UNIQUE (account_id, app_id, platform)
);
GO

CREATE TABLE dbo.access_tokens (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_access_tokens PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_access_tokens_account_id REFERENCES dbo.accounts (id),
    token_hash CHAR(64) NOT NULL CONSTRAINT uq_access_tokens_token_hash UNIQUE,
    refresh_token_hash CHAR(64) NOT NULL CONSTRAINT uq_access_tokens_refresh_token_hash UNIQUE,
    family_id CHAR(32) NOT NULL,
    source NVARCHAR(255) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    expires_at DATETIME2(3) NOT NULL,
    refresh_expires_at DATETIME2(3) NOT NULL,
    refreshed_at DATETIME2(3) NULL,
    revoked_at DATETIME2(3) NULL
);
GO

CREATE INDEX ix_access_tokens_account ON dbo.access_tokens (account_id);
GO

CREATE INDEX ix_access_tokens_family ON dbo.access_tokens (family_id);
GO

CREATE TABLE dbo.device_sessions (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_device_sessions PRIMARY KEY,
    access_token_id BIGINT NOT NULL CONSTRAINT fk_device_sessions_access_token_id REFERENCES dbo.access_tokens (id),
    public_id CHAR(40) NOT NULL CONSTRAINT uq_device_sessions_public_id UNIQUE,
    cookie_hash CHAR(64) NOT NULL CONSTRAINT uq_device_sessions_cookie_hash UNIQUE,
    source NVARCHAR(255) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    ended_at DATETIME2(3) NULL
);
GO

CREATE INDEX ix_device_sessions_token ON dbo.device_sessions (access_token_id);
GO
