using System.Globalization;
using Msp.Infrastructure.Persistence;

namespace Msp.Api.Commands;

/// <summary>
/// <c>migrate</c> and its DBA variants: <c>migrate</c> applies the pending scripts; <c>migrate --list</c> shows every
/// script, applied (with the journal's date) or pending; <c>migrate --script FILE</c> writes the pending T-SQL as one
/// file for <c>sqlcmd</c> and changes nothing.
/// </summary>
internal sealed class MigrateCommand : IToolCommand
{
    public const string Verb = "migrate";

    private MigrateCommand(MigrateAction action, string? outputPath)
    {
        Action = action;
        OutputPath = outputPath;
    }

    private enum MigrateAction
    {
        Apply,
        List,
        Script,
    }

    private MigrateAction Action { get; }

    private string? OutputPath { get; }

    /// <exception cref="UsageException">An unknown option, two actions, or <c>--script</c> without its file.</exception>
    public static MigrateCommand Parse(IReadOnlyList<string> options)
    {
        MigrateAction? action = null;
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

        return new MigrateCommand(action ?? MigrateAction.Apply, path);
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
            default:
                var applied = migrator.Migrate();
                Console.WriteLine($"{migrator.Target.Description}: {applied.Count} script(s) applied, none pending.");
                return Task.FromResult(ExitCodes.Success);
        }
    }

    private static MigrateAction Once(MigrateAction? chosen, MigrateAction action) => chosen is null
        ? action
        : throw new UsageException("one of --list and --script at a time");

    private int WriteScript(DatabaseMigrator migrator, TimeProvider clock)
    {
        if (migrator.Target.Provider != DatabaseProvider.SqlServer)
        {
            throw new UsageException("migrate --script writes T-SQL for sqlcmd: set Database:Provider to SqlServer and ConnectionStrings:Msp to the database.");
        }

        File.WriteAllText(OutputPath!, migrator.PendingScriptForSqlServer(clock.GetUtcNow().UtcDateTime));
        Console.WriteLine($"Wrote the pending scripts to {OutputPath}");
        return ExitCodes.Success;
    }
}
