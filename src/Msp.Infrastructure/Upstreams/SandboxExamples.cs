using System.Text.Json;

namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// The spec's example answers the sandboxes give, embedded from <c>Upstreams/&lt;Upstream&gt;/Examples/</c>; the
/// OpenAPI document shows the same ones.
/// </summary>
public static class SandboxExamples
{
    /// <summary>An example as JSON text (<paramref name="upstream"/> is the folder, e.g. <c>Lunchgate</c>).</summary>
    public static string Text(string upstream, string name)
    {
        using var reader = new StreamReader(Open(upstream, name + ".json"));
        return reader.ReadToEnd();
    }

    public static JsonElement Json(string upstream, string name)
    {
        using var stream = Open(upstream, name + ".json");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    public static byte[] Bytes(string upstream, string name)
    {
        using var stream = Open(upstream, name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string upstream, string file) =>
        typeof(SandboxExamples).Assembly.GetManifestResourceStream($"{typeof(SandboxExamples).Namespace}.{upstream}.Examples.{file}")
        ?? throw new InvalidOperationException($"No embedded example {upstream}/Examples/{file}.");
}
