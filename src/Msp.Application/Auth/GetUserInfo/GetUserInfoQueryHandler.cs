using MediatR;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;

namespace Msp.Application.Auth.GetUserInfo;

public sealed class GetUserInfoQueryHandler(CallerContext context, IUserProfileReader profiles, ITokenRepository tokens, WireTimeFormatter times)
    : IRequestHandler<GetUserInfoQuery, Result<UserInfoResponse>>
{
    public async Task<Result<UserInfoResponse>> Handle(GetUserInfoQuery request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        var profile = await profiles.ReadAsync(caller.UserId, cancellationToken);
        var session = await tokens.SessionPublicIdAsync(caller.AccessTokenId, caller.DeviceSessionId, cancellationToken);
        return new UserInfoResponse(
            times.Plain(caller.AccessTokenExpiresAtUtc),
            session,
            profile.UserInfo,
            profile.SubscribedServices,
            profile.AvailableServices,
            profile.AvailableLanguages);
    }
}
