using Msp.Application.Common.Security;

namespace Msp.Application.Users.GetBasicUserInfo;

public sealed class GetBasicUserInfoQueryHandler(TargetUser target, IUserReader users)
    : IRequestHandler<GetBasicUserInfoQuery, Result<BasicUserInfoResponse>>
{
    public async Task<Result<BasicUserInfoResponse>> Handle(GetBasicUserInfoQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var info = await users.BasicInfoAsync(user.Id, cancellationToken);
        return info is null ? UsersErrors.NoUserFoundLowerCase : new BasicUserInfoResponse(info);
    }
}
