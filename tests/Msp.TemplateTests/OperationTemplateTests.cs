namespace Msp.TemplateTests;

/// <summary>
/// The <c>msp-operation</c> template, as README's "How to add an operation" uses it: installed from templates/, run
/// once per kind in a scratch copy of the repository with nothing edited after it (ADR 31), and the copy built (warnings
/// are errors) and held to what every route is held to: the generated tests, the robustness sweep, the OpenAPI document's
/// tests, the http/ and README indexes and the architecture tests. One build covers all five kinds. The one test left
/// out is the client's drift test: a new operation is a new contract, and regenerating the client is its reviewed step
/// (scripts/generate-client.sh, ADR 29).
/// </summary>
public sealed class OperationTemplateTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Build = TimeSpan.FromMinutes(10);

    /// <summary>--module, --name, --kind, --route; each kind into a module that has an endpoints file.</summary>
    private static readonly string[][] Operations =
    [
        ["Hardware", "ScaffoldedRead", "query", "GET /scaffoldedRead"],
        ["Hardware", "ScaffoldedWrite", "command", "POST /scaffoldedWrite"],
        ["Hardware", "ScaffoldedList", "list", "GET /scaffolded/list"],
        ["Comlite", "ScaffoldedAsk", "upstream", "POST /comlite/scaffoldedAsk"],
        ["Messaging", "ScaffoldedSend", "message", "POST /scaffolded/send"],
    ];

    [Fact]
    public async Task Every_kind_generates_an_operation_that_builds_maps_its_route_and_passes_the_suite()
    {
        using var repository = new ScratchRepository();
        var hive = repository.At(".template-hive");

        await Succeeds(repository.Root, Quick, "new", "install", repository.At("templates/msp-operation"), "--debug:custom-hive", hive);
        foreach (var (module, name, kind, route) in Operations.Select(o => (o[0], o[1], o[2], o[3])))
        {
            var output = await Succeeds(
                repository.Root, Quick,
                "new", "msp-operation", "--module", module, "--name", name, $"--kind={kind}", "--route", route,
                "--allow-scripts", "yes", "--debug:custom-hive", hive);
            Assert.Contains($"Mapped {name}", output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(repository.At("msp-route.sh")), "The route script deletes itself.");
        var hardware = await File.ReadAllTextAsync(repository.At("src/Msp.Api/Endpoints/HardwareEndpoints.cs"));
        Assert.Contains("""hardware.MapOperation<ScaffoldedReadQuery>("GET", "/scaffoldedRead");""", hardware, StringComparison.Ordinal);
        Assert.Contains("using Msp.Application.Hardware.ScaffoldedRead;", hardware, StringComparison.Ordinal);
        Assert.Contains("GET {{host}}/scaffoldedRead", await File.ReadAllTextAsync(repository.At("http/hardware.http")), StringComparison.Ordinal);
        Assert.Contains("| POST /comlite/scaffoldedAsk ", await File.ReadAllTextAsync(repository.At("README.md")), StringComparison.Ordinal);

        // Two unauthorized cases per kind, and the message kind's quota test.
        var tests = await Succeeds(repository.Root, Build, "test", "tests/Msp.IntegrationTests", "--filter", "FullyQualifiedName~Scaffolded");
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+11, Skipped:\s+0, Total:\s+11\b", tests);
        var everyRoute = await Succeeds(
            repository.Root, Build, "test", "tests/Msp.IntegrationTests", "--no-build", "--filter",
            "(FullyQualifiedName~Robustness|FullyQualifiedName~Documentation)&FullyQualifiedName!~The_client_was_generated_from_the_document_the_API_serves");
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,", everyRoute);
        await Succeeds(repository.Root, Build, "test", "tests/Msp.ArchitectureTests");
    }

    private static async Task<string> Succeeds(string directory, TimeSpan timeout, params string[] arguments)
    {
        var (exitCode, output) = await DotnetCli.RunAsync(directory, timeout, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }
}
