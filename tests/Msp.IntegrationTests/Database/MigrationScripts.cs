using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>The migration scripts as they ship: embedded resources of Msp.Infrastructure, read back and parsed.</summary>
internal static class MigrationScripts
{
    private static readonly Assembly Infrastructure = typeof(DatabaseMigrator).Assembly;

    /// <summary>The resource names of one dialect's scripts, in the order DbUp applies them.</summary>
    public static IReadOnlyList<string> Names(DatabaseProvider provider) => DatabaseMigrator.ScriptNames(provider).ToArray();

    /// <summary>The file name of a script resource: what follows the dialect's folder, e.g. <c>0001_accounts_and_auth.sql</c>.</summary>
    public static string FileName(DatabaseProvider provider, string resourceName)
    {
        var folder = provider == DatabaseProvider.Sqlite ? ".Scripts.sqlite." : ".Scripts.sqlserver.";
        return resourceName[(resourceName.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..];
    }

    public static string Read(string resourceName)
    {
        using var stream = Infrastructure.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"No embedded resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses T-SQL as SQL Server 2022 does (compatibility level 160, QUOTED_IDENTIFIER on).</summary>
    public static (TSqlFragment Fragment, IList<ParseError> Errors) ParseTSql(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        return (fragment, errors);
    }

    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}"));

    /// <summary>The repository's root folder (the one holding Msp.sln), found upwards from the test binaries.</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Msp.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No Msp.sln above {AppContext.BaseDirectory}.");
    }
}
