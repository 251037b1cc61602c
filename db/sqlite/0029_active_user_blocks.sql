-- Counted blocks of accounts (issue 8, ADR 0021): how many accounts of each (BP, role, status) fall in each block of
-- 1024 consecutive ids (block = id / 1024). getActiveUsers sums a BP's few block rows for its total and walks them to the
-- block where a deep offset falls, instead of counting or skipping up to 100,000 accounts a request. The triggers keep
-- the counts exact in the statement that changes an account; an account without a BP has no block. A block whose count
-- falls to 0 is deleted. Twin of db/sqlserver/0029_active_user_blocks.sql.

-- A BP's accounts of one role and status in id order: the page after its block's first id, read from the index alone.
CREATE INDEX ix_accounts_partner_role_status ON accounts (partner_id, role_id, status, id);

CREATE TABLE account_blocks (
    partner_id INTEGER NOT NULL,
    role_id    INTEGER NOT NULL,
    status     INTEGER NOT NULL,
    block      INTEGER NOT NULL,
    accounts   INTEGER NOT NULL,
    PRIMARY KEY (partner_id, role_id, status, block)
) WITHOUT ROWID;

INSERT INTO account_blocks (partner_id, role_id, status, block, accounts)
SELECT partner_id, role_id, status, id / 1024, COUNT(*)
FROM accounts
WHERE partner_id IS NOT NULL
GROUP BY partner_id, role_id, status, id / 1024;

CREATE TRIGGER tr_accounts_blocks_insert AFTER INSERT ON accounts
WHEN NEW.partner_id IS NOT NULL
BEGIN
    INSERT INTO account_blocks (partner_id, role_id, status, block, accounts)
    VALUES (NEW.partner_id, NEW.role_id, NEW.status, NEW.id / 1024, 1)
    ON CONFLICT (partner_id, role_id, status, block) DO UPDATE SET accounts = account_blocks.accounts + 1;
END;

CREATE TRIGGER tr_accounts_blocks_delete AFTER DELETE ON accounts
WHEN OLD.partner_id IS NOT NULL
BEGIN
    UPDATE account_blocks SET accounts = accounts - 1
    WHERE partner_id = OLD.partner_id AND role_id = OLD.role_id AND status = OLD.status AND block = OLD.id / 1024;
    DELETE FROM account_blocks
    WHERE partner_id = OLD.partner_id AND role_id = OLD.role_id AND status = OLD.status AND block = OLD.id / 1024
      AND accounts <= 0;
END;

-- An update that leaves the key as it was (most do: users/update writes partner_id back unchanged) costs nothing more.
CREATE TRIGGER tr_accounts_blocks_update AFTER UPDATE OF partner_id, role_id, status, id ON accounts
WHEN OLD.partner_id IS NOT NEW.partner_id OR OLD.role_id <> NEW.role_id OR OLD.status <> NEW.status OR OLD.id <> NEW.id
BEGIN
    UPDATE account_blocks SET accounts = accounts - 1
    WHERE partner_id = OLD.partner_id AND role_id = OLD.role_id AND status = OLD.status AND block = OLD.id / 1024;
    DELETE FROM account_blocks
    WHERE partner_id = OLD.partner_id AND role_id = OLD.role_id AND status = OLD.status AND block = OLD.id / 1024
      AND accounts <= 0;
    INSERT INTO account_blocks (partner_id, role_id, status, block, accounts)
    SELECT NEW.partner_id, NEW.role_id, NEW.status, NEW.id / 1024, 1
    WHERE NEW.partner_id IS NOT NULL
    ON CONFLICT (partner_id, role_id, status, block) DO UPDATE SET accounts = account_blocks.accounts + 1;
END;
