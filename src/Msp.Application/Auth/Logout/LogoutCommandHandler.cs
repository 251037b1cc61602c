using MediatR;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Application.Auth.Logout;

public sealed class LogoutCommandHandler(CallerContext context, ITokenRepository tokens, ISessionCookie cookie, TimeProvider clock)
    : IRequestHandler<LogoutCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse LoggedOut = new("Logout OK");

    public async Task<Result<MessageResponse>> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        cookie.Clear();
        var ended = await tokens.EndSessionAsync(caller.AccessTokenId, caller.DeviceSessionId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return ended ? LoggedOut : AuthErrors.LogoutFailed;
    }
}
