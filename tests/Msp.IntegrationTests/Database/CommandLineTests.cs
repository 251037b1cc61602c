using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Issue 30 §1-2: <c>migrate</c> and <c>bill</c> as a DBA runs them, the built API in Production: they need only the
/// database (and billing its own settings), and every failure is one line on stderr, without a password or a stack
/// trace unless <c>--verbose</c>, and a documented exit code (2 usage, 3 cannot connect, 4 script failed).
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Password = "Secret#Pw1-never-shown";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"msp_cli_{Guid.NewGuid():N}");

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    private string DatabaseFile => Path.Combine(_folder, "msp.db");

    private Dictionary<string, string> OnSqlite => new() { ["ConnectionStrings__Msp"] = $"Data Source={DatabaseFile}" };

    [Fact]
    public async Task Migrate_in_Production_needs_only_the_connection_string_and_lists_applies_and_lists_again()
    {
        var pending = await ApiCommand.RunAsync(OnSqlite, "migrate", "--list");
        Assert.True(pending.ExitCode == 0, pending.ToString());
        Assert.All(MigrationScripts.Names(DatabaseProvider.Sqlite), name => Assert.Contains("pending                      " + name, pending.Output, StringComparison.Ordinal));

        var migrated = await ApiCommand.RunAsync(OnSqlite, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        Assert.Contains($"SQLite file {DatabaseFile}: ", migrated.Output, StringComparison.Ordinal);

        var listed = await ApiCommand.RunAsync(OnSqlite, "migrate", "--list");
        Assert.DoesNotContain("pending", listed.Output, StringComparison.Ordinal);
        Assert.Empty(listed.Error);
    }

    [Fact]
    public async Task Check_exits_0_on_the_schema_the_scripts_define_and_5_listing_the_drift()
    {
        Assert.Equal(0, (await ApiCommand.RunAsync(OnSqlite, "migrate")).ExitCode);

        var clean = await ApiCommand.RunAsync(OnSqlite, "migrate", "--check");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("the schema is the one the scripts define", clean.Output, StringComparison.Ordinal);

        await using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP INDEX ix_outbox_sender";
            await command.ExecuteNonQueryAsync();
        }

        var drifted = await ApiCommand.RunAsync(OnSqlite, "migrate", "--check");
        Assert.True(drifted.ExitCode == 5, drifted.ToString());
        Assert.Equal("missing index outbox.ix_outbox_sender: (sender_id, channel, created_at)", drifted.Output.Trim());
        Assert.StartsWith($"migrate: SQLite file {DatabaseFile} differs from the schema the scripts define in 1 place(s)", Assert.Single(drifted.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bill_in_Production_needs_only_the_database_and_its_own_settings()
    {
        Assert.Equal(0, (await ApiCommand.RunAsync(OnSqlite, "migrate")).ExitCode);

        var billed = await ApiCommand.RunAsync(OnSqlite, "bill", "--period", "2026-11");

        Assert.True(billed.ExitCode == 0, billed.ToString());
        Assert.Contains("Billing run of 2026-11: 0 invoices issued", billed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--list")]
    [InlineData("--script")]
    [InlineData("")]
    public async Task An_unreachable_SQL_Server_is_one_line_naming_the_server_and_database_never_the_password_and_exit_code_3(string action)
    {
        using var refusing = new RefusingPort();
        string[] args = action switch
        {
            "" => ["migrate"],
            "--script" => ["migrate", action, Path.Combine(_folder, "pending.sql")],
            _ => ["migrate", action],
        };

        var result = await ApiCommand.RunAsync(UnreachableSqlServer(refusing.Port), args);

        Assert.True(result.ExitCode == 3, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"migrate: cannot connect to SQL Server 127.0.0.1,{refusing.Port}, database MspOps: ", line, StringComparison.Ordinal);
        Assert.Contains("Check that the server runs", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Output + result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "pending.sql")));
    }

    [Theory]
    [InlineData("SqlServer", "SQL Server")]
    [InlineData("Sqlite", "SQLite")]
    public async Task Every_script_is_written_as_one_file_without_a_connection(string provider, string dialect)
    {
        using var refusing = new RefusingPort();
        var environment = provider == "SqlServer" ? UnreachableSqlServer(refusing.Port) : OnSqlite;
        environment["Database__Provider"] = provider;
        var path = Path.Combine(_folder, "all.sql");

        var result = await ApiCommand.RunAsync(environment, "migrate", "--script", "--all", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var file = await File.ReadAllTextAsync(path);
        Assert.StartsWith($"-- MSP: {MigrationScripts.Names(DatabaseProvider.Sqlite).Count} migration script(s), all of them, for {dialect}", file, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, file, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task With_verbose_the_exception_and_its_stack_trace_follow_the_line()
    {
        using var refusing = new RefusingPort();

        var result = await ApiCommand.RunAsync(UnreachableSqlServer(refusing.Port), "migrate", "--list", "--verbose");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("migrate: cannot connect to SQL Server", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("at Msp.Infrastructure.Persistence.DatabaseTarget", StringComparison.Ordinal));
        Assert.DoesNotContain(Password, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("migrate", "--lsit")]
    [InlineData("migrate", "list")]
    [InlineData("migrate", "--list", "--script", "x.sql")]
    [InlineData("migrate", "--script")]
    [InlineData("migrate", "--all")]
    [InlineData("migrate", "--list", "--all")]
    [InlineData("migrate", "--check", "--list")]
    [InlineData("bill", "--period", "2026-13")]
    [InlineData("bill", "--perod", "2026-11")]
    public async Task A_command_line_the_tool_does_not_know_is_exit_code_2_and_touches_nothing(params string[] args)
    {
        var result = await ApiCommand.RunAsync(OnSqlite, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"{args[0]}: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("Usage:", StringComparison.Ordinal));
        Assert.False(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task A_setting_that_does_not_bind_is_exit_code_2_naming_the_key()
    {
        var result = await ApiCommand.RunAsync(new Dictionary<string, string>(OnSqlite) { ["Database__Provider"] = "Oracle" }, "migrate", "--list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Database:Provider", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_SQLite_database_is_exit_code_3_naming_the_file()
    {
        await File.WriteAllTextAsync(DatabaseFile, "not a database, just text long enough to be read as a header...........");

        var result = await ApiCommand.RunAsync(OnSqlite, "migrate", "--list");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"migrate: cannot connect to SQLite file {DatabaseFile}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_script_is_exit_code_4_naming_the_script_and_the_database()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE accounts (id INTEGER PRIMARY KEY)";
            await command.ExecuteNonQueryAsync();
        }

        var result = await ApiCommand.RunAsync(OnSqlite, "migrate");

        Assert.True(result.ExitCode == 4, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"migrate: migration script {MigrationScripts.Names(DatabaseProvider.Sqlite)[0]} failed on SQLite file {DatabaseFile}: ", line, StringComparison.Ordinal);
        Assert.Contains("table accounts already exists", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Dictionary<string, string> UnreachableSqlServer(int port) => new()
    {
        ["Database__Provider"] = "SqlServer",
        ["ConnectionStrings__Msp"] = $"Server=127.0.0.1,{port};Database=MspOps;User Id=msp_migrator;Password={Password};Connect Timeout=2;Encrypt=False",
    };
}
