using System.Text.RegularExpressions;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Robustness;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// Every route the host maps has a ready-made request in http/*.http and a row in README's routes table (the scaffold
/// writes both, ADR 31), so neither index can miss an operation. A route parameter is matched by the path before it.
/// </summary>
public sealed partial class RouteIndexTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Every_route_has_a_request_in_http_and_a_row_in_the_README()
    {
        var requested = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder.At("http"), "*.http"))
        {
            requested.AddRange(Request().Matches(await File.ReadAllTextAsync(file)).Select(m => m.Groups[1].Value));
        }

        var readme = await File.ReadAllTextAsync(RepositoryFolder.At("README.md"));
        var routes = readme[readme.IndexOf("\n## Routes", StringComparison.Ordinal)..];
        routes = routes[..routes.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        var missing = new List<string>();
        foreach (var pattern in RouteCatalogue.Discover(Api.Services).Select(r => r.Pattern))
        {
            var path = pattern.Split('{')[0];
            if (!requested.Any(r => r.StartsWith(path, StringComparison.OrdinalIgnoreCase) && (path.EndsWith('/') || r.Length == path.Length)))
            {
                missing.Add($"{pattern}: no request in http/*.http");
            }

            if (!Row().Matches(routes).Any(row => row.Value.Contains(path, StringComparison.Ordinal)))
            {
                missing.Add($"{pattern}: no row in README's routes table");
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    /// <summary>A request line: its method and the path after <c>{{host}}</c>, without the query.</summary>
    [GeneratedRegex(@"^(?:GET|POST|PUT|DELETE|PATCH) \{\{host\}\}([^?\s]*)", RegexOptions.Multiline)]
    private static partial Regex Request();

    [GeneratedRegex(@"^\|.*\|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
