using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using Msp.Domain.Auth;

namespace Msp.Application.Auth.RefreshToken;

public sealed class RefreshTokenCommandHandler(
    CallerContext context,
    ITokenRepository tokens,
    IUnitOfWork unitOfWork,
    WireTimeFormatter times,
    TimeProvider clock) : IRequestHandler<RefreshTokenCommand, Result<RefreshTokenResponse>>
{
    public async Task<Result<RefreshTokenResponse>> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = await tokens.FindAsync(context.Credentials.AccessToken, context.Credentials.SessionCookie, cancellationToken);
        if (current is null)
        {
            return AuthErrors.Unauthorized;
        }

        var presented = request.RefreshToken is null ? null : await tokens.FindByRefreshTokenAsync(request.RefreshToken, cancellationToken);
        var family = new TokenFamily(current);
        var decision = family.Refresh(presented, now);
        if (decision == RefreshDecision.Rotate)
        {
            var rotated = await tokens.RotateAsync(current, now, cancellationToken);
            if (rotated is not null)
            {
                return new RefreshTokenResponse(rotated.AccessToken, rotated.RefreshToken, times.WithZone(rotated.ExpiresAtUtc));
            }

            decision = TokenFamily.RotationLost;
        }

        return decision switch
        {
            RefreshDecision.Unauthorized => AuthErrors.Unauthorized,
            RefreshDecision.RevokeFamily => RevokeFamily(family.Id, now),
            _ => AuthErrors.InvalidRefreshToken,
        };
    }

    /// <summary>The revocation must survive the failed answer, so it runs after the command's transaction.</summary>
    private ApiError RevokeFamily(string familyId, DateTime now)
    {
        unitOfWork.AfterCompletion(ct => tokens.RevokeFamilyAsync(familyId, now, ct));
        return AuthErrors.InvalidRefreshToken;
    }
}
