using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Msp.Domain.Accounts;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// A signed-in console user, as the console's cookie carries it (encrypted and signed by Data Protection, expiring after
/// <see cref="ConsoleOptions.IdleTimeout"/> without a request). <see cref="SessionSecret"/> names the device session the
/// platform's login opened: it is the credential every operation the console sends is authenticated with, exactly as the
/// <c>msp_session</c> cookie authenticates an API call, so a revoked token or a disabled account ends the console too.
/// </summary>
internal sealed record ConsoleSession(long AccountId, Role Role, long? OwnPartnerId, long? ChosenPartnerId, string Language, string DisplayName, string SessionSecret)
{
    public const string Scheme = "Console";

    public const string CookieName = "msp_console";

    public bool IsPlatformAdmin => Role == Role.MspAdmin;

    /// <summary>The partner the pages show: a partner admin's own, the msp admin's pick.</summary>
    public long? PartnerId => IsPlatformAdmin ? ChosenPartnerId : OwnPartnerId;

    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>
        {
            new("account", AccountId.ToString(CultureInfo.InvariantCulture)),
            new("role", ((int)Role).ToString(CultureInfo.InvariantCulture)),
            new("language", Language),
            new("name", DisplayName),
            new("session", SessionSecret),
        };
        if (OwnPartnerId is { } own)
        {
            claims.Add(new Claim("partner", own.ToString(CultureInfo.InvariantCulture)));
        }

        if (ChosenPartnerId is { } chosen)
        {
            claims.Add(new Claim("chosen", chosen.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    public static ConsoleSession? From(AuthenticateResult result)
    {
        if (!result.Succeeded || result.Principal is not { } principal)
        {
            return null;
        }

        string? Claim(string type) => principal.FindFirst(type)?.Value;
        long? Id(string type) => long.TryParse(Claim(type), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return Id("account") is { } account && Id("role") is { } role && Claim("session") is { Length: > 0 } secret
            ? new ConsoleSession(account, (Role)role, Id("partner"), Id("chosen"), Claim("language") ?? "en", Claim("name") ?? "", secret)
            : null;
    }
}
