namespace Msp.Domain.Auth;

/// <summary>Where a login comes from (spec 3.1/3.2 <c>source</c>).</summary>
public enum LoginSource
{
    Web,
    Service,
    Mobile,
    Tablet,
    App,
}

public static class LoginSources
{
    /// <summary>
    /// Case-insensitive. A missing source is <see cref="LoginSource.Web"/> (docs/contract.md §3); so is an unknown one,
    /// since the spec documents no failure for it and the source only labels the session.
    /// </summary>
    public static LoginSource ParseOrDefault(string? value) =>
        Enum.GetValues<LoginSource>().FirstOrDefault(s => string.Equals(s.ToString(), value, StringComparison.OrdinalIgnoreCase));
}
