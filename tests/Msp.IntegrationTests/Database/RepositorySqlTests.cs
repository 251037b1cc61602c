using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Repositories are written once for both databases. Every SQL constant of Msp.Infrastructure, rendered by each dialect,
/// must parse as T-SQL and prepare on the migrated SQLite schema (which also proves its tables and columns exist);
/// a <c>SqlServer…</c> type's SQL is T-SQL only and only parsed (<see cref="SqlConstant.IsTSqlOnly"/>).
/// </summary>
public sealed class RepositorySqlTests(MigratedSqliteDatabase sqlite, ITestOutputHelper output) : IClassFixture<MigratedSqliteDatabase>
{
    private const int AtLeast = 20;

    [Fact]
    public void Every_SQL_constant_of_the_infrastructure_parses_as_T_SQL_once_rendered_for_SQL_Server()
    {
        var constants = InfrastructureSql.Constants;
        output.WriteLine($"{constants.Count} SQL constants, {InfrastructureSql.Statements.Count} of them whole statements.");
        Assert.True(constants.Count >= AtLeast, $"Only {constants.Count} SQL constants found; the reflection no longer sees the repositories' SQL.");

        var dialect = new SqlServerDialect();
        var failures = new List<string>();
        foreach (var constant in constants)
        {
            var sql = dialect.Render(constant.Sql);
            var (_, errors) = MigrationScripts.ParseTSql(sql);
            if (errors.Count > 0 || sql.Contains("{{", StringComparison.Ordinal))
            {
                failures.Add($"{constant}:{Environment.NewLine}{MigrationScripts.Describe(errors)}{Environment.NewLine}{sql}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Fact]
    public void Every_SQL_statement_of_the_infrastructure_prepares_on_the_migrated_SQLite_database()
    {
        var statements = InfrastructureSql.Statements.Where(statement => !statement.IsTSqlOnly).ToArray();
        Assert.True(statements.Length >= AtLeast, $"Only {statements.Length} SQL statements found; the reflection no longer sees the repositories' SQL.");

        var dialect = new SqliteDialect();
        using var connection = sqlite.Open();
        var failures = new List<string>();
        foreach (var statement in statements)
        {
            var sql = dialect.Render(statement.Sql);
            var error = PrepareError(connection, sql) ?? (sql.Contains("{{", StringComparison.Ordinal) ? "an unknown {{marker}} is left" : null);
            if (error is not null)
            {
                failures.Add($"{statement}: {error}{Environment.NewLine}{sql}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Fact]
    public void Preparing_on_SQLite_checks_every_statement_of_a_text_not_only_the_first()
    {
        using var connection = sqlite.Open();

        Assert.Null(PrepareError(connection, "SELECT id FROM accounts WHERE id = @Id; SELECT iso FROM languages;"));
        Assert.Contains("no_such_table", PrepareError(connection, "SELECT id FROM accounts WHERE id = @Id; SELECT x FROM no_such_table;"), StringComparison.Ordinal);
        Assert.Contains("no_such_column", PrepareError(connection, "UPDATE accounts SET no_such_column = @Now WHERE id = @Id"), StringComparison.Ordinal);
    }

    /// <summary>sqlite3_prepare on every statement of the text, parameters unbound; the error, or null.</summary>
    private static string? PrepareError(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            command.Prepare();
            return null;
        }
        catch (SqliteException exception)
        {
            return exception.Message;
        }
    }
}
