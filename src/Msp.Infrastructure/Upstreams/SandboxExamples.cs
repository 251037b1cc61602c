namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// The files the sandboxes answer (a contact's JPEG), embedded from <c>Upstreams/&lt;Upstream&gt;/Examples/</c>. Their
/// JSON answers are the spec's examples each operation's folder keeps (<c>OperationExamples</c>), which the OpenAPI
/// document shows too.
/// </summary>
public static class SandboxExamples
{
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
