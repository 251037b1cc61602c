using System.Net.Http.Headers;
using System.Text;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Upstreams;

/// <summary>Reads where an upstream lives and the credential MSP calls it with, from its service record.</summary>
public sealed class UpstreamServiceDirectory(DbSession db)
{
    private const string FindSql = """
        SELECT api_url AS ApiUrl, admin AS Admin, admin_password AS AdminPassword
        FROM services
        WHERE id = (SELECT MIN(id) FROM services WHERE upstream = @Upstream)
        """;

    /// <summary>Null when no service record names the upstream or no usable base URL is known for it.</summary>
    public async Task<UpstreamEndpoint?> FindAsync(string upstream, Uri? baseUrlOverride, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindSql, new { Upstream = upstream }, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var baseUrl = baseUrlOverride ?? (Uri.TryCreate(row.ApiUrl, UriKind.Absolute, out var stored) ? stored : null);
        return baseUrl is { Scheme: "http" or "https" } ? new UpstreamEndpoint(baseUrl, row.Admin, row.AdminPassword) : null;
    }

    private sealed class Row
    {
        public string ApiUrl { get; init; } = "";

        public string Admin { get; init; } = "";

        public string AdminPassword { get; init; } = "";
    }
}

/// <summary>
/// Where and as whom MSP calls an upstream. It holds the service's credential, so it is a class without a printable
/// state: it never reaches a log line or a response.
/// </summary>
public sealed class UpstreamEndpoint
{
    private readonly Uri _baseUrl;
    private readonly string _admin;
    private readonly string _adminPassword;

    public UpstreamEndpoint(Uri baseUrl, string admin, string adminPassword)
    {
        // Relative paths resolve below the base only when it ends with a slash ("…/api/" + "terminals").
        _baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _admin = admin;
        _adminPassword = adminPassword;
    }

    /// <summary>A request to <paramref name="relativeUri"/> below the base URL, with HTTP Basic authentication as the service.</summary>
    public HttpRequestMessage Request(HttpMethod method, string relativeUri)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseUrl, relativeUri));
        if (_admin.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_admin}:{_adminPassword}")));
        }

        return request;
    }
}
