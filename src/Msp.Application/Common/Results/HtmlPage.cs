namespace Msp.Application.Common.Results;

/// <summary>
/// A small self-contained HTML page (the password reset form) with its status. The transport sends it with headers
/// that forbid scripts, framing, caching and referrers; the page must escape everything it echoes.
/// </summary>
public sealed record HtmlPage(int Status, string Html);
