using Msp.Api;

var migrate = MigrateCommand.From(args);
var (bill, hostArgs) = BillCommand.Parse(migrate?.HostArgs ?? args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddMspServices();

var app = builder.Build();
if (migrate is not null)
{
    return migrate.Run(app);
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
