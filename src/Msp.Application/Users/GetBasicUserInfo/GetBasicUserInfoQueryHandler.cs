using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetBasicUserInfo;

public sealed class GetBasicUserInfoQueryHandler(TargetUser target, IUserReader users)
    : IRequestHandler<GetBasicUserInfoQuery, Result<BasicUserInfoResponse>>
{
    public async Task<Result<BasicUserInfoResponse>> Handle(GetBasicUserInfoQuery request, CancellationToken cancellationToken)
    {
        // An account pending deletion is gone for every reader; only users/active brings it back (ADR 8).
        var user = target.User;
        if (user.Status == AccountStatus.PendingDeletion)
        {
            return UsersErrors.NoUserFoundLowerCase;
        }

        var info = await users.BasicInfoAsync(user.Id, cancellationToken);
        return info is null ? UsersErrors.NoUserFoundLowerCase : new BasicUserInfoResponse(info);
    }
}
