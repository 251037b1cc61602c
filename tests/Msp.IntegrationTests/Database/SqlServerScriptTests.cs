using System.Text.RegularExpressions;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// No SQL Server runs on the build machines, so the T-SQL migrations are checked by the parser SQL Server 2022 uses
/// (ScriptDom, compatibility level 160), on the embedded resources that actually ship.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    [Fact]
    public void Every_SQL_Server_migration_script_parses_as_T_SQL_without_errors()
    {
        var names = MigrationScripts.Names(DatabaseProvider.SqlServer);
        Assert.NotEmpty(names);

        var failures = new List<string>();
        foreach (var name in names)
        {
            var (_, errors) = MigrationScripts.ParseTSql(MigrationScripts.Read(name));
            if (errors.Count > 0)
            {
                failures.Add($"{name}:{Environment.NewLine}{MigrationScripts.Describe(errors)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_SQLite_and_SQL_Server_folders_hold_the_same_numbered_scripts()
    {
        var sqlite = MigrationScripts.Names(DatabaseProvider.Sqlite).Select(n => MigrationScripts.FileName(DatabaseProvider.Sqlite, n)).ToArray();
        var sqlServer = MigrationScripts.Names(DatabaseProvider.SqlServer).Select(n => MigrationScripts.FileName(DatabaseProvider.SqlServer, n)).ToArray();

        Assert.NotEmpty(sqlite);
        Assert.True(
            sqlite.SequenceEqual(sqlServer, StringComparer.Ordinal),
            $"Only in db/sqlite: {string.Join(", ", sqlite.Except(sqlServer))}; only in db/sqlserver: {string.Join(", ", sqlServer.Except(sqlite))}");
        Assert.All(sqlite, name => Assert.Matches(ScriptFileName(), name));
        Assert.Equal(sqlite.Length, sqlite.Select(n => n[..4]).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sqlite")]
    [InlineData(DatabaseProvider.SqlServer, "sqlserver")]
    public void Every_script_file_of_the_db_folder_ships_as_an_embedded_resource(DatabaseProvider provider, string folder)
    {
        var files = Directory.GetFiles(Path.Combine(MigrationScripts.RepositoryRoot().FullName, "db", folder), "*.sql")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var embedded = MigrationScripts.Names(provider).Select(n => MigrationScripts.FileName(provider, n)).ToArray();

        Assert.Equal(files, embedded);
    }

    /// <summary>Four digits, so the ordinal order DbUp applies them in is the numeric order.</summary>
    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+\\.sql$")]
    private static partial Regex ScriptFileName();
}
