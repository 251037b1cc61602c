namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// A value that passes for a parameter, by its wire name, so that the one hostile value beside it gets past the
/// validator into the handler and the database. Ids are not plausible here: left out, an operation acts on its caller
/// or answers its "missing" body; or given as <see cref="UnknownId"/>, it looks for a record that does not exist.
/// Either way no demo record the batch must leave intact is touched. A name not listed here gets a plain word.
/// </summary>
internal static class PlausibleValue
{
    /// <summary>A well-formed id that names nothing in the demo data.</summary>
    public const string UnknownId = "99999";

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["email"] = "nobody@example.com",
        ["country"] = "CH",
        ["countryiso"] = "CH",
        ["lat"] = "47.4925",
        ["lng"] = "8.9013",
        ["billing"] = "1",
        ["installation"] = "1",
        ["status"] = "1",
        ["demo"] = "1",
        ["type"] = "1",
        ["typeaddress"] = "1",
        ["offset"] = "0",
        ["limit"] = "10",
        ["platform"] = "iOS",
        ["source"] = "Web",
        ["appid"] = "com.example.app",
    };

    /// <summary>The value for the parameter, or null for an id (or a token, which is no more guessable).</summary>
    public static string? For(string name)
    {
        var wire = name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (ByName.TryGetValue(wire, out var value))
        {
            return value;
        }

        if (wire.Contains("password", StringComparison.Ordinal))
        {
            return "Plausible#1";
        }

        if (wire.EndsWith("mac", StringComparison.Ordinal))
        {
            return "AA:BB:CC:DD:EE:01";
        }

        return wire.EndsWith("id", StringComparison.Ordinal) || wire == "token" ? null : "Plausible";
    }
}
