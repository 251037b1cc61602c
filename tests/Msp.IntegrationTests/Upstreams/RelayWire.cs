using System.Net.Http.Headers;
using System.Text;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>The bodies of the relays of spec 7–9: the spec's examples (as the sandboxes embed them) and the documented failures.</summary>
internal static class RelayWire
{
    public const string Unauthorized = """{"error":"unauthorized_client"}""";

    public const string BadParameters = """{"msg":"Bad parameters"}""";

    public const string IdNotFound = """{"status":{"status":"error","code":"-2","msg":"id not found"}}""";

    public const string SomethingWentWrong = """{"error":"Something went wrong. Please try again later."}""";

    public static string Example(string upstream, string name) => Encoding.UTF8.GetString(ExampleBytes(upstream, name + ".json"));

    public static byte[] ExampleBytes(string upstream, string file)
    {
        var assembly = typeof(Msp.Infrastructure.DependencyInjection).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Msp.Infrastructure.Upstreams.{upstream}.Examples.{file}")
            ?? throw new InvalidOperationException($"No example {upstream}/{file}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

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
