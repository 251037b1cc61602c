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

    /// <summary>
    /// Development only: where the demo partners' logos live in the demo data (the spec's example host, which is not
    /// reachable). The reset pages show the platform's own copies instead, under <c>/demo/</c> on the host that serves
    /// the page (<see cref="ShownLogo"/>); empty everywhere else, so a partner's real logo is shown as it is stored.
    /// </summary>
    public string DemoLogosFrom { get; set; } = "";

    /// <summary>The logo a reset page shows for the <paramref name="stored"/> one.</summary>
    public string ShownLogo(string stored) =>
        DemoLogosFrom.Length > 0 && stored.StartsWith(DemoLogosFrom, StringComparison.Ordinal)
            ? $"/demo/{Path.GetFileNameWithoutExtension(stored)}.svg"
            : stored;
}
