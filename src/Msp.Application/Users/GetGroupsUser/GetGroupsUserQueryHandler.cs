using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetGroupsUser;

public sealed class GetGroupsUserQueryHandler(TargetUser target, ISqlReader database)
    : IRequestHandler<GetGroupsUserQuery, Result<DataList<UserGroup>>>
{
    private const string Sql = """
        SELECT g.id AS Id, g.name AS Name
        FROM user_groups g
        JOIN user_group_members m ON m.group_id = g.id
        WHERE m.account_id = @AccountId
        ORDER BY g.id {{page}};

        SELECT COUNT(*) FROM user_group_members WHERE account_id = @AccountId;
        """;

    public async Task<Result<DataList<UserGroup>>> Handle(GetGroupsUserQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var page = PageRequest.From(request.Offset, request.Limit);
        var (groups, total) = await database.PageAsync<UserGroup>(Sql, new { AccountId = user.Id, page.Offset, page.Limit }, cancellationToken);
        return total == 0 ? UsersErrors.NoGroupFound : new DataList<UserGroup>(groups, page.IteratorFor(total));
    }
}
