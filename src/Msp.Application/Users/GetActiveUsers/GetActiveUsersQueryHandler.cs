using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetActiveUsers;

/// <summary>
/// A BP may have 100,000 active end users, so neither the total nor a deep page may count or skip them one by one
/// (ADR 0021): the total is the sum of the BP's counted blocks of 1024 ids (migration 0029), and a page starts at the
/// first id of the block its offset falls in, skipping fewer than 1024 accounts along the index.
/// </summary>
public sealed class GetActiveUsersQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<GetActiveUsersQuery, Result<DataList<ActiveUser>>>
{
    /// <summary>
    /// The total, and the block holding the row at <c>@Offset</c> with the number of rows before it: the first block
    /// whose running sum passes the offset. No block when the offset is past the end.
    /// </summary>
    private const string LocateSql = """
        WITH counted AS (
            SELECT block, accounts, SUM(accounts) OVER (ORDER BY block ROWS UNBOUNDED PRECEDING) AS through
            FROM account_blocks
            WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active
        ),
        first_block AS (
            SELECT MIN(block) AS block FROM counted WHERE through > @Offset
        )
        SELECT
            (SELECT COALESCE(SUM(accounts), 0) FROM counted) AS Total,
            first_block.block AS Block,
            (SELECT COALESCE(SUM(accounts), 0) FROM counted WHERE counted.block < first_block.block) AS Before
        FROM first_block;
        """;

    /// <summary>The page from a block's first id on, its offset the one left within that block.</summary>
    private const string PageSql = """
        SELECT id AS UserId, name AS Name, lastname AS Surname, telephone AS Tel, email AS Email
        FROM accounts
        WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active AND id >= @FromId
        ORDER BY id {{page}};
        """;

    /// <summary>Ids per counted block: <c>block = id / 1024</c> in migration 0029's triggers.</summary>
    private const long BlockSize = 1024;

    public async Task<Result<DataList<ActiveUser>>> Handle(GetActiveUsersQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Partner | AllowedCallers.Admin))
        {
            return UsersErrors.NoUserFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var key = new { PartnerId = partnerId, EndUser = (int)Role.EndUser, Active = (int)AccountStatus.Active };
        var located = await database.SingleOrDefaultAsync<Located>(
            LocateSql, new { key.PartnerId, key.EndUser, key.Active, page.Offset }, cancellationToken);

        // The spec's 403 is the old platform's answer to an empty result; a BP outside the caller's scope answers the
        // same, so it cannot be told from one without users. A page past the end of a non-empty list is still a page.
        if (located is null || located.Total == 0)
        {
            return UsersErrors.NoUserFound;
        }

        IReadOnlyList<ActiveUser> rows = located.Block is { } block
            ? await database.ListAsync<ActiveUser>(
                PageSql,
                new { key.PartnerId, key.EndUser, key.Active, FromId = block * BlockSize, Offset = page.Offset - located.Before, page.Limit },
                cancellationToken)
            : [];
        return new DataList<ActiveUser>(rows, page.IteratorFor(located.Total));
    }

    private sealed class Located
    {
        public long Total { get; init; }

        public long? Block { get; init; }

        public long Before { get; init; }
    }
}
