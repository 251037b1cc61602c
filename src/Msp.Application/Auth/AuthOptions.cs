namespace Msp.Application.Auth;

/// <summary>Token lifetimes and the brute-force limits of docs/contract.md §3 (0 turns a limit off).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public int LockoutThreshold { get; set; } = 10;

    public int LockoutMinutes { get; set; } = 15;

    public int LoginRequestsPerMinute { get; set; } = 30;

    /// <summary>Failed device-uid logins from one client address a minute before its uid logins stop working.</summary>
    public int FailedUidLoginsPerMinute { get; set; } = 10;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
