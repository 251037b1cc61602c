using System.Net.Http.Headers;
using Msp.Application.Common.Requests;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>The bodies of the relays of spec 7–9: the spec's examples (as the sandboxes embed them) and the documented failures.</summary>
internal static class RelayWire
{
    public const string Unauthorized = """{"error":"unauthorized_client"}""";

    public const string BadParameters = """{"msg":"Bad parameters"}""";

    public const string IdNotFound = """{"status":{"status":"error","code":"-2","msg":"id not found"}}""";

    public const string SomethingWentWrong = """{"error":"Something went wrong. Please try again later."}""";

    /// <summary>The spec's example of a relay, which its operation's folder keeps (<c>example.json</c>) and the sandbox answers.</summary>
    public static string Example(string upstream, string name)
    {
        var folder = $"Msp.Application.Upstreams.{upstream}.{Operations[(upstream, name)]}";
        return OperationExamples.Text(typeof(Msp.Application.DependencyInjection).Assembly.GetType($"{folder}.{Operations[(upstream, name)]}Answers", throwOnError: true)!);
    }

    /// <summary>The sandbox's files (the avatars' JPEGs).</summary>
    public static byte[] ExampleBytes(string upstream, string file)
    {
        var assembly = typeof(Msp.Infrastructure.DependencyInjection).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Msp.Infrastructure.Upstreams.{upstream}.Examples.{file}")
            ?? throw new InvalidOperationException($"No example {upstream}/{file}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The folders of the relays' examples, by the names the tests use.</summary>
    private static readonly Dictionary<(string Upstream, string Name), string> Operations = new()
    {
        [("Lunchgate", "search")] = "GetRestaurant",
        [("Lunchgate", "menu")] = "GetRestaurantMenu",
        [("Lunchgate", "profile")] = "GetRestaurantProfile",
        [("MyEntertainment", "contact")] = "GetContact",
        [("MyEntertainment", "credentials")] = "GetCredentials",
        [("MyVpn", "cams")] = "GetCamsByUser",
        [("MyVpn", "certificates")] = "GetCertificates",
        [("MyVpn", "contact")] = "GetContact",
        [("MyVpn", "set")] = "SetCamServiceByUser",
        [("MyVpn", "unset")] = "UnsetCamServiceByUser",
    };

    public static HttpRequestMessage Request(HttpMethod method, string uri, string? token)
    {
        var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
