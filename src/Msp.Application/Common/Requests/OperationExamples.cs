using System.Text.Json;

namespace Msp.Application.Common.Requests;

/// <summary>
/// A success body too long to keep in code, kept as <c>example.json</c> in its operation's folder (embedded): the
/// spec's example, or a real answer of the demo data. Its answers show it; a relay's sandbox answers it.
/// </summary>
public static class OperationExamples
{
    /// <summary>The example beside <paramref name="inFolder"/> (any type of the operation's folder), as JSON text.</summary>
    public static string Text(Type inFolder)
    {
        using var reader = new StreamReader(Open(inFolder));
        return reader.ReadToEnd();
    }

    public static JsonElement Json(Type inFolder)
    {
        using var stream = Open(inFolder);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    private static Stream Open(Type inFolder) =>
        inFolder.Assembly.GetManifestResourceStream($"{inFolder.Namespace}.example.json")
        ?? throw new InvalidOperationException($"No example.json beside {inFolder.FullName} (an EmbeddedResource of its folder).");
}
