using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetActiveUsers;

public sealed class GetActiveUsersQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<GetActiveUsersQuery, Result<DataList<ActiveUser>>>
{
    private const string Sql = """
        SELECT id AS UserId, name AS Name, lastname AS Surname, telephone AS Tel, email AS Email
        FROM accounts
        WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active
        ORDER BY id {{page}};

        SELECT COUNT(*) FROM accounts WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Active;
        """;

    public async Task<Result<DataList<ActiveUser>>> Handle(GetActiveUsersQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Partner | AllowedCallers.Admin))
        {
            return UsersErrors.NoUserFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<ActiveUser>(
            Sql,
            new { PartnerId = partnerId, EndUser = (int)Role.EndUser, Active = (int)AccountStatus.Active, page.Offset, page.Limit },
            cancellationToken);

        // The spec's 403 is the old platform's answer to an empty result; a BP outside the caller's scope answers the
        // same, so it cannot be told from one without users. A page past the end of a non-empty list is still a page.
        return total == 0 ? UsersErrors.NoUserFound : new DataList<ActiveUser>(rows, page.IteratorFor(total));
    }
}
