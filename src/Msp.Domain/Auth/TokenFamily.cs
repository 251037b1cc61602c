namespace Msp.Domain.Auth;

/// <summary>
/// The chain of token pairs one login started, seen from its current link (ADR 7): refreshing rotates the current link
/// into a new one, and a refresh token presented a second time has leaked, so the whole family is revoked, whoever
/// holds it.
/// </summary>
public sealed class TokenFamily(StoredToken current)
{
    public string Id => current.FamilyId;

    /// <summary>
    /// What refreshing the current link with <paramref name="presented"/> (the link its refresh token names, null for an
    /// unknown one) does. Reuse is recognised before anything else, so a stolen refresh token used after its owner's
    /// refresh revokes the family even when it comes with a revoked access token.
    /// </summary>
    public RefreshDecision Refresh(StoredToken? presented, DateTime nowUtc)
    {
        if (presented is null || presented.FamilyId != current.FamilyId)
        {
            return RefreshDecision.Refuse;
        }

        if (presented.WasRefreshed)
        {
            return RefreshDecision.RevokeFamily;
        }

        if (current.RevokedAtUtc is not null)
        {
            return RefreshDecision.Unauthorized;
        }

        return presented.Id != current.Id || presented.RefreshExpiresAtUtc <= nowUtc ? RefreshDecision.Refuse : RefreshDecision.Rotate;
    }

    /// <summary>
    /// The rotation's guarded write found the link refreshed already: a concurrent refresh used the same refresh token
    /// first, which is reuse as well.
    /// </summary>
    public static RefreshDecision RotationLost => RefreshDecision.RevokeFamily;
}

public enum RefreshDecision
{
    /// <summary>Replace the current link with a new one of the same family.</summary>
    Rotate,

    /// <summary>The refresh token is unknown, of another family, not the current link's, or expired.</summary>
    Refuse,

    /// <summary>The access token was revoked: no refresh brings it back.</summary>
    Unauthorized,

    /// <summary>The refresh token was used before: every link of the family is revoked.</summary>
    RevokeFamily,
}
