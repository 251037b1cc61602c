namespace Msp.Api.OpenApi;

/// <summary>
/// An operation's names in the document, from its request record: the id reads as a method name in generated code
/// (<c>GetUserInfoQuery</c> → <c>getUserInfo</c>, <c>LoginCommand</c> → <c>login</c>), unique and stable because the
/// record names are (an architecture test keeps them so).
/// </summary>
internal static class OperationNames
{
    public static string OperationId(Type requestType)
    {
        var name = requestType.Name;
        foreach (var suffix in (string[])["Query", "Command"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
            }
        }

        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The same name in Pascal case, for the operation's own components (<c>LoginRequest</c>, <c>GetRestaurantAnswer</c>).</summary>
    public static string Component(Type requestType, string suffix)
    {
        var id = OperationId(requestType);
        return char.ToUpperInvariant(id[0]) + id[1..] + suffix;
    }
}
