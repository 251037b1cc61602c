namespace Msp.Application.Common.Security;

/// <summary>The raw credentials a request carried: an access token (header, query or form) and/or the login cookie.</summary>
public sealed record RequestCredentials(string? AccessToken, string? SessionCookie)
{
    public static RequestCredentials None { get; } = new(null, null);

    public bool IsEmpty => AccessToken is null && SessionCookie is null;
}
