using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetGroupsBP;

public sealed class GetGroupsBPQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<GetGroupsBPQuery, Result<DataList<BpGroup>>>
{
    private const string GroupsSql = """
        SELECT id AS Id, name AS Name FROM user_groups WHERE partner_id = @PartnerId ORDER BY id {{page}};
        SELECT COUNT(*) FROM user_groups WHERE partner_id = @PartnerId;
        """;

    /// <summary>
    /// The members of the page's groups: a page is a run of the BP's groups in id order, so its first and last ids
    /// bound exactly its groups. An account pending deletion is gone for every reader (ADR 8).
    /// </summary>
    private const string MembersSql = """
        SELECT m.group_id AS GroupId, a.id AS Id, a.name AS Name, a.lastname AS Lastname
        FROM user_group_members m
        JOIN user_groups g ON g.id = m.group_id
        JOIN accounts a ON a.id = m.account_id
        WHERE g.partner_id = @PartnerId AND g.id BETWEEN @FirstId AND @LastId AND {{visible(a)}}
        ORDER BY m.group_id, a.id
        """;

    public async Task<Result<DataList<BpGroup>>> Handle(GetGroupsBPQuery request, CancellationToken cancellationToken)
    {
        var partnerId = request.Bpid!.Value;
        if (!scope.MayReachPartner(partnerId, GetGroupsBPQuery.Callers))
        {
            return UsersErrors.NoGroupFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (groups, total) = await database.PageAsync<GroupRow>(GroupsSql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);

        // The old platform answered a BP without groups with its 403; a BP out of reach answers the same, so the two
        // cannot be told apart. A page past the end of a BP that has groups is still a page.
        if (total == 0)
        {
            return UsersErrors.NoGroupFound;
        }

        var members = groups.Count == 0
            ? []
            : await database.ListAsync<MemberRow>(
                MembersSql,
                new { PartnerId = partnerId, FirstId = groups[0].Id, LastId = groups[^1].Id },
                cancellationToken);
        var byGroup = members.ToLookup(m => m.GroupId, m => new GroupMember(m.Id, m.Name, m.Lastname));
        var data = groups.Select(g => new BpGroup(g.Id, g.Name, byGroup[g.Id].ToList())).ToList();
        return new DataList<BpGroup>(data, page.IteratorFor(total));
    }

    private sealed record GroupRow(long Id, string Name);

    private sealed record MemberRow(long GroupId, long Id, string Name, string Lastname);
}
