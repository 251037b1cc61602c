using Msp.Api;

var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var builder = WebApplication.CreateBuilder(args.Where(a => !string.Equals(a, "migrate", StringComparison.OrdinalIgnoreCase)).ToArray());
builder.AddMspServices();

var app = builder.Build();
if (migrateOnly)
{
    app.MigrateDatabase();
    return;
}

await app.PrepareDatabaseAsync();
app.UseMspPipeline();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
