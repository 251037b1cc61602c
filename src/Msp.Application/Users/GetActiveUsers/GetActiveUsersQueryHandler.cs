using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetActiveUsers;

public sealed class GetActiveUsersQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<GetActiveUsersQuery, Result<DataList<ActiveUser>>>
{
    /// <summary>
    /// A BP may have 100,000 active end users, so neither the total nor a deep page may count or skip them one by one
    /// (ADR 0021). Migration 0029 counts each BP's accounts per block of 1024 ids (<c>block = id / 1024</c>): the block
    /// holding the row at <c>@Offset</c> is the first whose running sum passes it, the page starts at that block's first
    /// id and skips only the rows of the block before the offset, along the index. The total sums the BP's blocks.
    /// Past the end there is no such block and the page is empty.
    /// </summary>
    private const string Sql = """
        WITH counted AS (
            SELECT block, accounts, SUM(accounts) OVER (ORDER BY block ROWS UNBOUNDED PRECEDING) AS through
            FROM account_blocks b
            WHERE b.partner_id = @PartnerId AND b.role_id = @EndUser AND {{active(b)}}
        ),
        first_block AS (
            SELECT block, through - accounts AS before
            FROM counted
            WHERE block = (SELECT MIN(block) FROM counted WHERE through > @Offset)
        )
        SELECT a.id AS UserId, a.name AS Name, a.lastname AS Surname, a.telephone AS Tel, a.email AS Email
        FROM accounts a
        WHERE a.partner_id = @PartnerId AND a.role_id = @EndUser AND {{active(a)}}
            AND a.id >= (SELECT block * 1024 FROM first_block)
        ORDER BY a.id {{page((SELECT COALESCE(MAX(@Offset - before), 0) FROM first_block))}};

        SELECT COALESCE(SUM(b.accounts), 0) FROM account_blocks b WHERE b.partner_id = @PartnerId AND b.role_id = @EndUser AND {{active(b)}};
        """;

    public async Task<Result<DataList<ActiveUser>>> Handle(GetActiveUsersQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Managers))
        {
            return UsersErrors.NoUserFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<ActiveUser>(
            Sql,
            new { PartnerId = partnerId, EndUser = (int)Role.EndUser, page.Offset, page.Limit },
            cancellationToken);

        // The spec's 403 is the old platform's answer to an empty result; a BP outside the caller's scope answers the
        // same, so it cannot be told from one without users. A page past the end of a non-empty list is still a page.
        return total == 0 ? UsersErrors.NoUserFound : new DataList<ActiveUser>(rows, page.IteratorFor(total));
    }
}
