using MediatR;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;

namespace Msp.Application.Users.GetActiveUsers;

public sealed class GetActiveUsersQueryHandler(TenantScope scope, IUserReader users)
    : IRequestHandler<GetActiveUsersQuery, Result<DataList<ActiveUser>>>
{
    public async Task<Result<DataList<ActiveUser>>> Handle(GetActiveUsersQuery request, CancellationToken cancellationToken)
    {
        var partnerId = WireId.Parse(request.Bpid!);
        if (!scope.MayReachPartner(partnerId, AllowedCallers.Partner | AllowedCallers.Admin))
        {
            return UsersErrors.NoUserFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await users.ActiveUsersAsync(partnerId, page, cancellationToken);

        // The spec's 403 is the old platform's answer to an empty result; a BP outside the caller's scope answers the
        // same, so it cannot be told from one without users. A page past the end of a non-empty list is still a page.
        return total == 0 ? UsersErrors.NoUserFound : new DataList<ActiveUser>(rows, page.IteratorFor(total));
    }
}
