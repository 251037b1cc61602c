using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetBasicUserInfo;

public sealed class GetBasicUserInfoQueryHandler(TenantScope scope, IUserReader users)
    : IRequestHandler<GetBasicUserInfoQuery, Result<BasicUserInfoResponse>>
{
    private const AllowedCallers Readers = AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public async Task<Result<BasicUserInfoResponse>> Handle(GetBasicUserInfoQuery request, CancellationToken cancellationToken)
    {
        var user = await scope.FindUserAsync(request.UserId!.Value, Readers, cancellationToken);
        // An account pending deletion is gone for every reader; only users/active brings it back (ADR 8).
        if (user is null || user.Status == AccountStatus.PendingDeletion)
        {
            return UsersErrors.NoUserFoundLowerCase;
        }

        var info = await users.BasicInfoAsync(user.Id, cancellationToken);
        return info is null ? UsersErrors.NoUserFoundLowerCase : new BasicUserInfoResponse(info);
    }
}
