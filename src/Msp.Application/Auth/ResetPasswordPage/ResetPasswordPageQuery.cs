namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>GET /auth/reset/{token}: the form behind the emailed link (spec 3.4, docs/contract.md §3).</summary>
public sealed record ResetPasswordPageQuery(string? Token) : IQuery<HtmlPage>;
