namespace Msp.Api.Endpoints;

/// <summary>
/// Success bodies for the OpenAPI document that are too long to keep in code: real answers of the demo data
/// (SEED.md), embedded from <c>Endpoints/Examples/&lt;route&gt;.json</c>.
/// </summary>
internal static class OperationExamples
{
    public static string Json(string name)
    {
        using var stream = typeof(OperationExamples).Assembly.GetManifestResourceStream($"Msp.Api.Endpoints.Examples.{name}.json")
            ?? throw new InvalidOperationException($"No embedded example Endpoints/Examples/{name}.json.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
