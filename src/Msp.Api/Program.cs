using Msp.Api;

var migrate = MigrateCommand.From(args);
var builder = WebApplication.CreateBuilder(migrate?.HostArgs ?? args);
builder.AddMspServices();

var app = builder.Build();
if (migrate is not null)
{
    return migrate.Run(app);
}

await app.PrepareDatabaseAsync();
app.UseMspPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
