-- Billing (spec 6.24-6.27, issue 9, ADR 19): the lines services add for a user (add-product), the monthly prices of
-- paid subscriptions, the invoices the monthly billing run issues from both, and the run records. A line is pending
-- while invoice_id is NULL; the run puts it on exactly one invoice. One invoice per user and period (unique), so a
-- second run, a concurrent one or a resumed one never issues another. Money is exact: SQLite has no decimal type
-- (NUMERIC affinity would keep a binary float), so amounts are decimal text ('49.9000') and sums are made in C#; SQL
-- Server keeps DECIMAL(19,4).
-- Times are UTC. Twin of db/sqlserver/0021_billing.sql.

CREATE TABLE invoices (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    period      TEXT    NOT NULL,
    number      TEXT    NOT NULL UNIQUE,
    period_from TEXT    NOT NULL,
    period_to   TEXT    NOT NULL,
    net         TEXT    NOT NULL,
    vat         TEXT    NOT NULL,
    amount      TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
    created_at  TEXT    NOT NULL,
    paid_at     TEXT    NULL,
    UNIQUE (account_id, period)
);
CREATE INDEX ix_invoices_account_status ON invoices (account_id, status);

CREATE TABLE invoice_lines (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    service_id  INTEGER NOT NULL REFERENCES services (id),
    description TEXT    NOT NULL,
    quantity    TEXT    NOT NULL,
    price       TEXT    NOT NULL,
    discount    TEXT    NOT NULL,
    vat_rate    TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    added_by    INTEGER NULL REFERENCES accounts (id),
    invoice_id  INTEGER NULL REFERENCES invoices (id),
    created_at  TEXT    NOT NULL,
    subscription_period TEXT NULL
);
-- The run's question: a user's pending lines, in id order. An invoice's lines: by invoice.
CREATE INDEX ix_invoice_lines_pending ON invoice_lines (account_id, invoice_id, id);
CREATE INDEX ix_invoice_lines_invoice ON invoice_lines (invoice_id, id);
-- A paid subscription is billed once per period, however many runs add its line (added_by NULL: the run).
CREATE UNIQUE INDEX ux_invoice_lines_subscription ON invoice_lines (account_id, service_id, subscription_period)
    WHERE subscription_period IS NOT NULL;

-- What a subscription to a service costs a month, billed to the users of BPs with paid services.
CREATE TABLE service_prices (
    service_id    INTEGER NOT NULL PRIMARY KEY REFERENCES services (id),
    monthly_price TEXT    NOT NULL,
    currency      TEXT    NOT NULL
);

CREATE TABLE billing_runs (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    period          TEXT    NOT NULL UNIQUE,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT    NULL,
    invoices_issued INTEGER NOT NULL DEFAULT 0
);
