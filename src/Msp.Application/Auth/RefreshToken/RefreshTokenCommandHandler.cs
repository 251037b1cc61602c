using Msp.Application.Audit;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;

namespace Msp.Application.Auth.RefreshToken;

public sealed class RefreshTokenCommandHandler(
    CallerContext context,
    ITokenRepository tokens,
    IUnitOfWork unitOfWork,
    WireTimeFormatter times,
    AuditEntry audit,
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

        audit.ActingAs(current.AccountId);

        var presented = request.RefreshToken is null ? null : await tokens.FindByRefreshTokenAsync(request.RefreshToken, cancellationToken);
        if (presented is null || presented.FamilyId != current.FamilyId)
        {
            return AuthErrors.InvalidRefreshToken;
        }

        if (presented.RefreshedAtUtc is not null)
        {
            audit.Raise("refreshTokenReused", presented.AccountId);
            return RevokeChain(presented.FamilyId, now);
        }

        if (current.RevokedAtUtc is not null)
        {
            return AuthErrors.Unauthorized;
        }

        if (presented.Id != current.Id || presented.RefreshExpiresAtUtc <= now)
        {
            return AuthErrors.InvalidRefreshToken;
        }

        var rotated = await tokens.RotateAsync(current, now, cancellationToken);
        return rotated is null
            ? RevokeChain(presented.FamilyId, now)
            : new RefreshTokenResponse(rotated.AccessToken, rotated.RefreshToken, times.WithZone(rotated.ExpiresAtUtc));
    }

    /// <summary>
    /// A refresh token used twice has leaked: end the whole chain, whoever holds it. The revocation must survive
    /// the failed answer, so it runs after the command's transaction.
    /// </summary>
    private ApiError RevokeChain(string familyId, DateTime now)
    {
        unitOfWork.AfterCompletion(ct => tokens.RevokeFamilyAsync(familyId, now, ct));
        return AuthErrors.InvalidRefreshToken;
    }
}
