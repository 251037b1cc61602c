using System.Text.Json;

namespace Msp.IntegrationTests.Hosting;

/// <summary>
/// ADR 38: the runtime settings the API is built with, as the host reads them from the runtime configuration next to
/// the API's assembly (the file a publish ships).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_api_counts_calls_to_its_methods_from_the_start_so_hot_ones_are_optimized_while_new_paths_still_warm_up()
    {
        Assert.Equal(0, ConfigProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void The_api_runs_the_server_garbage_collector_it_was_measured_with()
    {
        Assert.True(ConfigProperty("System.GC.Server").GetBoolean());
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
