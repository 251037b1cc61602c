using System.Diagnostics;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>What a run of the API's command line left: its exit code and what it wrote.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout: {Output}{Environment.NewLine}stderr: {Error}";
}

/// <summary>
/// <c>dotnet Msp.Api.dll …</c> from this test's output as a process of its own, in the Production environment with
/// nothing configured but what the test gives: the command line as a DBA or a deploy pipeline runs it.
/// </summary>
public static class ApiCommand
{
    public static async Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var binaries = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "Msp.Api.dll"), .. args])
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult(process.ExitCode, await output, await error);
    }
}
