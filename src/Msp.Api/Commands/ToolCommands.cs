namespace Msp.Api.Commands;

/// <summary>
/// Runs a tool command as a DBA or a deploy pipeline does: on a host built with the API's services (so it reads the
/// same configuration) but without the checks that serving needs (ProductionSettings), in any environment. A
/// failure is one line on stderr and an exit code (<see cref="ExitCodes"/>); the stack trace only with <c>--verbose</c>.
/// </summary>
internal static class ToolCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        ToolInvocation invocation;
        try
        {
            invocation = ToolCommandLine.Parse(args);
        }
        catch (UsageException usage)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {usage.Message}");
            await Console.Error.WriteLineAsync(ToolCommandLine.Usage);
            return ExitCodes.Usage;
        }

        try
        {
            var builder = WebApplication.CreateBuilder(invocation.HostArgs);
            builder.AddMspServices();
            await using var app = builder.Build();
            return await invocation.Command.RunAsync(app);
        }
        catch (Exception failure)
        {
            var (exitCode, line) = CommandFailure.Describe(failure);
            await Console.Error.WriteLineAsync($"{invocation.Verb}: {line}");
            if (invocation.Verbose)
            {
                await Console.Error.WriteLineAsync(failure.ToString());
            }

            return exitCode;
        }
    }
}
