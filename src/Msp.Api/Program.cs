using Msp.Api;
using Msp.Api.Commands;

if (ToolCommandLine.IsToolCommand(args))
{
    return await ToolCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMspServices();
if (!builder.Environment.IsDevelopment())
{
    ProductionSettings.ThrowIfUnsafe(builder.Configuration);
}

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMspPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
