-- Counted blocks of accounts (issue 8, ADR 0021): how many accounts of each (BP, role, status) fall in each block of
-- 1024 consecutive ids (block = id / 1024). getActiveUsers sums a BP's few block rows for its total and walks them to the
-- block where a deep offset falls, instead of counting or skipping up to 100,000 accounts a request. The trigger keeps
-- the counts exact in the statement that changes accounts, however many rows it touches; an account without a BP has
-- no block. A block whose count falls to 0 is deleted. Twin of db/sqlite/0029_active_user_blocks.sql.

-- A BP's accounts of one role and status in id order: the page after its block's first id, read from the index alone.
CREATE INDEX ix_accounts_partner_role_status ON dbo.accounts (partner_id, role_id, status, id);
GO

CREATE TABLE dbo.account_blocks (
    partner_id BIGINT NOT NULL,
    role_id INT NOT NULL,
    status INT NOT NULL,
    block BIGINT NOT NULL,
    accounts INT NOT NULL,
    CONSTRAINT pk_account_blocks PRIMARY KEY (partner_id, role_id, status, block)
);
GO

INSERT INTO dbo.account_blocks (partner_id, role_id, status, block, accounts)
SELECT partner_id, role_id, status, id / 1024, COUNT(*)
FROM dbo.accounts
WHERE partner_id IS NOT NULL
GROUP BY partner_id, role_id, status, id / 1024;
GO

-- Set-based over inserted and deleted, so a statement changing many accounts moves each block once by its net change.
-- The locks on account_blocks are held to the end of the transaction, so two writers creating the same block queue.
CREATE TRIGGER dbo.tr_accounts_blocks ON dbo.accounts
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF EXISTS (SELECT 1 FROM inserted) AND EXISTS (SELECT 1 FROM deleted)
        AND NOT (UPDATE(partner_id) OR UPDATE(role_id) OR UPDATE(status))
        RETURN;

    DECLARE @changes TABLE (
        partner_id BIGINT NOT NULL,
        role_id INT NOT NULL,
        status INT NOT NULL,
        block BIGINT NOT NULL,
        delta INT NOT NULL,
        PRIMARY KEY (partner_id, role_id, status, block)
    );

    INSERT INTO @changes (partner_id, role_id, status, block, delta)
    SELECT moved.partner_id, moved.role_id, moved.status, moved.block, SUM(moved.delta)
    FROM (
        SELECT partner_id, role_id, status, id / 1024 AS block, 1 AS delta FROM inserted WHERE partner_id IS NOT NULL
        UNION ALL
        SELECT partner_id, role_id, status, id / 1024 AS block, -1 AS delta FROM deleted WHERE partner_id IS NOT NULL
    ) AS moved
    GROUP BY moved.partner_id, moved.role_id, moved.status, moved.block
    HAVING SUM(moved.delta) <> 0;

    UPDATE b SET accounts = b.accounts + c.delta
    FROM dbo.account_blocks AS b WITH (UPDLOCK, HOLDLOCK)
    INNER JOIN @changes AS c
        ON c.partner_id = b.partner_id AND c.role_id = b.role_id AND c.status = b.status AND c.block = b.block;

    INSERT INTO dbo.account_blocks (partner_id, role_id, status, block, accounts)
    SELECT c.partner_id, c.role_id, c.status, c.block, c.delta
    FROM @changes AS c
    WHERE c.delta > 0
        AND NOT EXISTS (
            SELECT 1 FROM dbo.account_blocks AS b WITH (UPDLOCK, HOLDLOCK)
            WHERE b.partner_id = c.partner_id AND b.role_id = c.role_id AND b.status = c.status AND b.block = c.block);

    DELETE b
    FROM dbo.account_blocks AS b
    INNER JOIN @changes AS c
        ON c.partner_id = b.partner_id AND c.role_id = b.role_id AND c.status = b.status AND c.block = b.block
    WHERE b.accounts <= 0;
END
GO
