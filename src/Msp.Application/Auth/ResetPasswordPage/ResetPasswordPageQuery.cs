namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>GET /auth/reset/{token}: the form behind the emailed link (spec 3.4, CONTRACT.md §3).</summary>
public sealed record ResetPasswordPageQuery(string? Token) : IQuery<HtmlPage>;
