using MediatR;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Application.Auth.RevokeToken;

public sealed class RevokeTokenCommandHandler(CallerContext context, ITokenRepository tokens, ISessionCookie cookie, TimeProvider clock)
    : IRequestHandler<RevokeTokenCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Revoked = new("Access_denied: token is invalid");

    public async Task<Result<MessageResponse>> Handle(RevokeTokenCommand request, CancellationToken cancellationToken)
    {
        var credentials = context.Credentials;
        if (credentials.IsEmpty)
        {
            return AuthErrors.Unauthorized;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = await tokens.FindAsync(credentials.AccessToken, credentials.SessionCookie, cancellationToken);
        if (token is null || !token.IsLive(now))
        {
            return AuthErrors.TokenNotFound;
        }

        await tokens.RevokeAsync(token.Id, now, cancellationToken);
        cookie.Clear();
        return Revoked;
    }
}
