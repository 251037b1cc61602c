using System.Globalization;
using Msp.Infrastructure.Persistence;

namespace Msp.Api;

/// <summary>
/// <c>dotnet run --project src/Msp.Api -- migrate</c> and its DBA variants: <c>migrate</c> applies the pending scripts;
/// <c>migrate --list</c> shows every script, applied (with the journal's date) or pending; <c>migrate --script
/// out.sql</c> writes the pending T-SQL as one file for <c>sqlcmd</c> and changes nothing.
/// </summary>
internal sealed class MigrateCommand
{
    private MigrateCommand(string? listOrScript, string? outputPath, string[] hostArgs)
    {
        Action = listOrScript;
        OutputPath = outputPath;
        HostArgs = hostArgs;
    }

    /// <summary>What is left for the host's own configuration (<c>--Database:Provider SqlServer</c> and the like).</summary>
    public string[] HostArgs { get; }

    private string? Action { get; }

    private string? OutputPath { get; }

    /// <summary>The command, when the first argument is <c>migrate</c>; null to run the API.</summary>
    public static MigrateCommand? From(string[] args)
    {
        if (args.Length == 0 || !string.Equals(args[0], "migrate", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = args[1..];
        if (rest.Length > 0 && rest[0] == "--list")
        {
            return new MigrateCommand("--list", null, rest[1..]);
        }

        return rest.Length > 1 && rest[0] == "--script"
            ? new MigrateCommand("--script", rest[1], rest[2..])
            : new MigrateCommand(null, null, rest);
    }

    public int Run(WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        switch (Action)
        {
            case "--list":
                foreach (var script in migrator.ListScripts())
                {
                    var state = script.AppliedAt is { } at ? "applied " + at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "pending".PadRight(27);
                    Console.WriteLine($"{state}  {script.Name}");
                }

                return 0;
            case "--script":
                return WriteScript(migrator, app.Services.GetRequiredService<TimeProvider>());
            default:
                app.MigrateDatabase();
                return 0;
        }
    }

    private int WriteScript(DatabaseMigrator migrator, TimeProvider clock)
    {
        string script;
        try
        {
            script = migrator.PendingScriptForSqlServer(clock.GetUtcNow().UtcDateTime);
        }
        catch (InvalidOperationException wrongProvider)
        {
            Console.Error.WriteLine(wrongProvider.Message);
            return 2;
        }

        File.WriteAllText(OutputPath!, script);
        Console.WriteLine($"Wrote the pending scripts to {OutputPath}");
        return 0;
    }
}
