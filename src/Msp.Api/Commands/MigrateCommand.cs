using System.Globalization;
using Msp.Infrastructure.Persistence;

namespace Msp.Api.Commands;

/// <summary>
/// <c>migrate</c> and its DBA variants: <c>migrate</c> applies the pending scripts; <c>migrate --list</c> shows every
/// script, applied (with the journal's date) or pending; <c>migrate --script FILE</c> writes the pending scripts as one
/// file (T-SQL for <c>sqlcmd</c>, or SQLite's) and changes nothing; <c>--script --all FILE</c> writes every script
/// without connecting, each guarded by the journal so the file is safe on any database of the platform;
/// <c>migrate --check</c> compares the database's schema with the one the scripts define and lists every difference.
/// </summary>
internal sealed class MigrateCommand : IToolCommand
{
    public const string Verb = "migrate";

    private MigrateCommand(MigrateAction action, bool all, string? outputPath)
    {
        Action = action;
        All = all;
        OutputPath = outputPath;
    }

    private enum MigrateAction
    {
        Apply,
        List,
        Script,
        Check,
    }

    private MigrateAction Action { get; }

    private bool All { get; }

    private string? OutputPath { get; }

    /// <exception cref="UsageException">An unknown option, two actions, or <c>--script</c> without its file.</exception>
    public static MigrateCommand Parse(IReadOnlyList<string> options)
    {
        MigrateAction? action = null;
        var all = false;
        string? path = null;
        foreach (var option in options)
        {
            switch (option)
            {
                case "--list":
                    action = Once(action, MigrateAction.List);
                    break;
                case "--script":
                    action = Once(action, MigrateAction.Script);
                    break;
                case "--check":
                    action = Once(action, MigrateAction.Check);
                    break;
                case "--all":
                    all = true;
                    break;
                default:
                    if (action == MigrateAction.Script && path is null && !option.StartsWith('-'))
                    {
                        path = option;
                        break;
                    }

                    throw new UsageException($"unknown option '{option}'");
            }
        }

        if (action == MigrateAction.Script && path is null)
        {
            throw new UsageException("--script needs the file to write: migrate --script FILE");
        }

        if (all && action != MigrateAction.Script)
        {
            throw new UsageException("--all goes with --script: migrate --script --all FILE");
        }

        return new MigrateCommand(action ?? MigrateAction.Apply, all, path);
    }

    public Task<int> RunAsync(WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        switch (Action)
        {
            case MigrateAction.List:
                foreach (var script in migrator.ListScripts())
                {
                    var state = script.AppliedAt is { } at ? "applied " + at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "pending".PadRight(27);
                    Console.WriteLine($"{state}  {script.Name}");
                }

                return Task.FromResult(ExitCodes.Success);
            case MigrateAction.Script:
                return Task.FromResult(WriteScript(migrator, app.Services.GetRequiredService<TimeProvider>()));
            case MigrateAction.Check:
                return Task.FromResult(Check(migrator));
            default:
                var applied = migrator.Migrate();
                Console.WriteLine($"{migrator.Target.Description}: {applied.Count} script(s) applied, none pending.");
                return Task.FromResult(ExitCodes.Success);
        }
    }

    private static MigrateAction Once(MigrateAction? chosen, MigrateAction action) => chosen is null
        ? action
        : throw new UsageException("one of --list, --check and --script at a time");

    /// <summary>The differences on stdout, one a line, for a person or a diff tool; the summary line on stderr.</summary>
    private static int Check(DatabaseMigrator migrator)
    {
        var differences = migrator.SchemaDrift();
        if (differences.Count == 0)
        {
            Console.WriteLine($"{migrator.Target.Description}: the schema is the one the scripts define.");
            return ExitCodes.Success;
        }

        foreach (var difference in differences)
        {
            Console.WriteLine(difference);
        }

        Console.Error.WriteLine($"migrate: {migrator.Target.Description} differs from the schema the scripts define in {differences.Count} place(s), listed above. Find out who changed it and why, then bring it back with a reviewed script (a new numbered migration), never by editing an applied one.");
        return ExitCodes.SchemaDrift;
    }

    private int WriteScript(DatabaseMigrator migrator, TimeProvider clock)
    {
        File.WriteAllText(OutputPath!, migrator.ScriptFile(All, clock.GetUtcNow().UtcDateTime));
        Console.WriteLine($"Wrote {(All ? "every script" : "the pending scripts")} for {migrator.Target.Provider} to {Path.GetFullPath(OutputPath!)}");
        return ExitCodes.Success;
    }
}
