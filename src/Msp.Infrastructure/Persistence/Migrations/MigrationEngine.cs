using DbUp.Builder;
using DbUp.Engine;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>DbUp as the platform runs it, for the live database and for the schema check's scratch one alike.</summary>
internal static class MigrationEngine
{
    /// <summary>The embedded resource names of one dialect's scripts, in the order DbUp applies them.</summary>
    public static IEnumerable<string> ScriptNames(DatabaseProvider provider) =>
        typeof(MigrationEngine).Assembly.GetManifestResourceNames()
            .Where(name => IsScriptOf(provider, name))
            .Order(StringComparer.Ordinal);

    /// <summary>Every script of the dialect with its text, as DbUp reads them.</summary>
    public static SqlScript[] AllScripts(DatabaseProvider provider) => ScriptNames(provider)
        .Select(name => new SqlScript(name, Read(name)))
        .ToArray();

    public static UpgradeEngine Build(UpgradeEngineBuilder builder, DatabaseProvider provider) => builder
        .WithScriptsEmbeddedInAssembly(typeof(MigrationEngine).Assembly, name => IsScriptOf(provider, name))
        .WithTransactionPerScript()
        .LogToNowhere()
        .Build();

    /// <summary>Applies what is pending; the names applied.</summary>
    /// <exception cref="DatabaseOperationException">A script failed (and was rolled back).</exception>
    public static IReadOnlyList<string> Upgrade(UpgradeEngine engine, string target)
    {
        var result = engine.PerformUpgrade();
        return result.Successful
            ? result.Scripts.Select(script => script.Name).ToArray()
            : throw DatabaseOperationException.ScriptFailed(result.ErrorScript?.Name ?? "(unknown)", target, result.Error);
    }

    private static bool IsScriptOf(DatabaseProvider provider, string resourceName) =>
        resourceName.Contains(provider == DatabaseProvider.Sqlite ? ".Scripts.sqlite." : ".Scripts.sqlserver.", StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    private static string Read(string resourceName)
    {
        using var stream = typeof(MigrationEngine).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
