namespace Msp.Api.PartnerConsole;

/// <summary>The <c>Console</c> section: the partner console's switch and its idle expiry (ADR 32).</summary>
internal sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Serve the console under <c>/console</c>; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A console session ends after this long without a request (sliding; the cookie is renewed past half of it).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Rows on one page of the users list.</summary>
    public int UsersPerPage { get; set; } = 25;
}
