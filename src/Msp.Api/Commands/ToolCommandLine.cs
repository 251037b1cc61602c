namespace Msp.Api.Commands;

/// <summary>A parsed tool command line: the verb's command, <c>--verbose</c>, and what is left for the host's configuration.</summary>
internal sealed record ToolInvocation(string Verb, IToolCommand Command, bool Verbose, string[] HostArgs);

/// <summary>
/// Reads <c>migrate …</c> and <c>bill …</c>. Arguments that are settings (a key with a section, <c>--Database:Provider
/// SqlServer</c>, <c>ConnectionStrings:Msp=…</c>, or the host's own <c>--environment</c>) go to the host's
/// configuration; any other argument the verb does not know is a usage error, so that a mistyped option never runs
/// the plain command (a <c>migrate --lsit</c> must not migrate).
/// </summary>
internal static class ToolCommandLine
{
    public const string Usage = """
        Usage: dotnet Msp.Api.dll migrate [--list | --check | --script FILE | --script --all FILE] [--verbose] [--Section:Key value ...]
               dotnet Msp.Api.dll bill [--period yyyy-MM] [--verbose] [--Section:Key value ...]
        """;

    private const string Verbose = "--verbose";

    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    /// <summary>Whether the arguments ask for a tool command rather than the API.</summary>
    public static bool IsToolCommand(string[] args) =>
        args.Length > 0 && (Is(args[0], MigrateCommand.Verb) || Is(args[0], BillCommand.Verb));

    /// <exception cref="UsageException">An option the verb does not know, or one without its value.</exception>
    public static ToolInvocation Parse(string[] args)
    {
        var verb = args[0].ToLowerInvariant();
        var options = new List<string>();
        var hostArgs = new List<string>();
        var verbose = false;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (Is(arg, Verbose))
            {
                verbose = true;
            }
            else if (IsSetting(arg))
            {
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    hostArgs.Add(args[++i]);
                }
            }
            else
            {
                options.Add(arg);
            }
        }

        IToolCommand command = verb == MigrateCommand.Verb ? MigrateCommand.Parse(options) : BillCommand.Parse(options);
        return new ToolInvocation(verb, command, verbose, hostArgs.ToArray());
    }

    private static bool IsSetting(string arg)
    {
        string key;
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            key = arg[2..];
        }
        else if (arg.Contains('=', StringComparison.Ordinal))
        {
            key = arg;
        }
        else
        {
            return false;
        }

        key = key.Split('=', 2)[0];
        return key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }

    private static bool Is(string arg, string name) => string.Equals(arg, name, StringComparison.OrdinalIgnoreCase);
}
