namespace Msp.Api.OpenApi;

/// <summary>
/// An operation's names in the document, from its name (its request record's, qualified where a record serves several
/// routes): the id reads as a method name in generated code (<c>GetUserInfoQuery</c> → <c>getUserInfo</c>,
/// <c>LoginCommand</c> → <c>login</c>, <c>SwGetContactQuery</c> → <c>swGetContact</c>), unique and stable because the
/// names are (an architecture test keeps them so).
/// </summary>
internal static class OperationNames
{
    public static string OperationId(string operationName)
    {
        var name = operationName;
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
    public static string Component(string operationName, string suffix)
    {
        var id = OperationId(operationName);
        return char.ToUpperInvariant(id[0]) + id[1..] + suffix;
    }
}
