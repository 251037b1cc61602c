using Msp.Api;

var (bill, hostArgs) = BillCommand.Parse(args);
var migrateOnly = hostArgs.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var builder = WebApplication.CreateBuilder(hostArgs.Where(a => !string.Equals(a, "migrate", StringComparison.OrdinalIgnoreCase)).ToArray());
builder.AddMspServices();

var app = builder.Build();
if (migrateOnly)
{
    app.MigrateDatabase();
    return 0;
}

if (bill is not null)
{
    return await bill.RunAsync(app);
}

await app.PrepareDatabaseAsync();
app.UseMspPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
