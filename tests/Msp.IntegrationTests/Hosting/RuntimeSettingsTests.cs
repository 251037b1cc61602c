using System.Text.Json;

namespace Msp.IntegrationTests.Hosting;

/// <summary>
/// The runtime settings the API's performance figures were measured with (ADR 38), as the host reads them from the
/// runtime configuration next to the API's assembly (the file a publish ships).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_api_runs_the_server_garbage_collector_it_was_measured_with()
    {
        Assert.True(ConfigProperty("System.GC.Server").GetBoolean());
    }

    /// <summary>Invariant mode would save the ICU libraries' few MiB, but Microsoft.Data.SqlClient refuses to run in it.</summary>
    [Fact]
    public void The_api_keeps_the_culture_data_the_sql_server_client_needs()
    {
        Assert.False(ConfigProperty("System.Globalization.Invariant").GetBoolean());
    }

    private static JsonElement ConfigProperty(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Msp.Api.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(name, out var value), $"{name} is not in {path}");
        return value.Clone();
    }
}
