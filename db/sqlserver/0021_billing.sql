-- Billing (spec 6.24-6.27, issue 9, ADR 19): the lines services add for a user (add-product), the monthly prices of
-- paid subscriptions, the invoices the monthly billing run issues from both, and the run records. A line is pending
-- while invoice_id is NULL; the run puts it on exactly one invoice. One invoice per user and period (unique), so a
-- second run, a concurrent one or a resumed one never issues another. Money is DECIMAL(19,4). Times are UTC (datetime2); periods are 'yyyy-MM'.
-- Twin of db/sqlite/0021_billing.sql.

CREATE TABLE dbo.invoices (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_invoices PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_invoices_account_id REFERENCES dbo.accounts (id),
    period CHAR(7) NOT NULL,
    number NVARCHAR(32) NOT NULL CONSTRAINT uq_invoices_number UNIQUE,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    net DECIMAL(19,4) NOT NULL,
    vat DECIMAL(19,4) NOT NULL,
    amount DECIMAL(19,4) NOT NULL,
    currency CHAR(3) NOT NULL,
    status NVARCHAR(8) NOT NULL CONSTRAINT df_invoices_status DEFAULT N'open'
        CONSTRAINT ck_invoices_status CHECK (status IN (N'open', N'paid')),
    created_at DATETIME2(3) NOT NULL,
    paid_at DATETIME2(3) NULL,
    CONSTRAINT uq_invoices_account_period UNIQUE (account_id, period)
);
GO

CREATE INDEX ix_invoices_account_status ON dbo.invoices (account_id, status);
GO

CREATE TABLE dbo.invoice_lines (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_invoice_lines PRIMARY KEY,
    account_id BIGINT NOT NULL CONSTRAINT fk_invoice_lines_account_id REFERENCES dbo.accounts (id),
    service_id BIGINT NOT NULL CONSTRAINT fk_invoice_lines_service_id REFERENCES dbo.services (id),
    description NVARCHAR(255) NOT NULL,
    quantity DECIMAL(19,4) NOT NULL,
    price DECIMAL(19,4) NOT NULL,
    discount DECIMAL(19,4) NOT NULL,
    vat_rate DECIMAL(9,6) NOT NULL,
    currency CHAR(3) NOT NULL,
    added_by BIGINT NULL CONSTRAINT fk_invoice_lines_added_by REFERENCES dbo.accounts (id),
    invoice_id BIGINT NULL CONSTRAINT fk_invoice_lines_invoice_id REFERENCES dbo.invoices (id),
    created_at DATETIME2(3) NOT NULL,
    subscription_period CHAR(7) NULL
);
GO

-- The run's question: a user's pending lines, in id order. An invoice's lines: by invoice.
CREATE INDEX ix_invoice_lines_pending ON dbo.invoice_lines (account_id, invoice_id, id);
GO

CREATE INDEX ix_invoice_lines_invoice ON dbo.invoice_lines (invoice_id, id);
GO

-- A paid subscription is billed once per period, however many runs add its line (added_by NULL: the run).
CREATE UNIQUE INDEX ux_invoice_lines_subscription ON dbo.invoice_lines (account_id, service_id, subscription_period)
    WHERE subscription_period IS NOT NULL;
GO

-- What a subscription to a service costs a month, billed to the users of BPs with paid services.
CREATE TABLE dbo.service_prices (
    service_id BIGINT NOT NULL CONSTRAINT pk_service_prices PRIMARY KEY CONSTRAINT fk_service_prices_service_id REFERENCES dbo.services (id),
    monthly_price DECIMAL(19,4) NOT NULL,
    currency CHAR(3) NOT NULL
);
GO

CREATE TABLE dbo.billing_runs (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_billing_runs PRIMARY KEY,
    period CHAR(7) NOT NULL CONSTRAINT uq_billing_runs_period UNIQUE,
    started_at DATETIME2(3) NOT NULL,
    finished_at DATETIME2(3) NULL,
    invoices_issued INT NOT NULL CONSTRAINT df_billing_runs_invoices_issued DEFAULT 0
);
GO
