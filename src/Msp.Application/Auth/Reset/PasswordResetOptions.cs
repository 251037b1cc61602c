namespace Msp.Application.Auth.Reset;

/// <summary>The <c>Auth:PasswordReset</c> section: where the emailed link points, how long it lives, how many an account gets.</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "Auth:PasswordReset";

    /// <summary>
    /// The API's public address as clients reach it (scheme, host, path base). Configured, never taken from the
    /// request's Host header, which an attacker could set to receive someone else's link.
    /// </summary>
    public string LinkBaseUrl { get; set; } = "http://localhost:5213";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Links sent to one account within an hour; past that, requests still answer OK but send nothing (no mail bombing).</summary>
    public int MaxLinksPerHour { get; set; } = 5;
}
