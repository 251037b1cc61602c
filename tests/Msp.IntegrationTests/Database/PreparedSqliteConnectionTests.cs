using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence.Sqlite;
using SQLitePCL;

namespace Msp.IntegrationTests.Database;

public sealed class PreparedSqliteConnectionTests : IDisposable
{
    /// <summary>SQLite's default lookaside: 40 slots of 1,200 bytes, which it splits into 30 large and 93 small ones.</summary>
    private const int DefaultLookasideSlots = 123;

    private readonly MigratedSqliteDatabase _database = new();

    [Fact]
    public void Kept_statements_leave_lookaside_slots_for_their_runs()
    {
        using var connection = new PreparedSqliteConnection(_database.ConnectionString);
        connection.Open();

        for (var i = 0; i < 40; i++)
        {
            Assert.NotNull(connection.PreparedCommand($"SELECT id, email, name FROM accounts WHERE id = @Id + {i} ORDER BY email"));
        }

        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_LOOKASIDE_USED, out var used, out _, 0));
        Assert.True(used > DefaultLookasideSlots, $"{used} lookaside slots in use: the kept statements would fill the default lookaside");
    }

    [Fact]
    public void Opens_on_a_fresh_handle_when_a_connection_with_the_same_string_went_back_to_the_driver_pool()
    {
        var pooled = new SqliteConnectionStringBuilder(_database.ConnectionString) { Pooling = true }.ToString();
        var plain = new SqliteConnection(pooled);
        try
        {
            plain.Open();

            // A function registered on a handle holds lookaside slots for the handle's life, pooled or not.
            plain.CreateFunction("twice", (long value) => value * 2);
            using (var command = plain.CreateCommand())
            {
                command.CommandText = "SELECT twice(COUNT(*)) FROM accounts";
                command.ExecuteScalar();
            }

            plain.Close();

            using var connection = new PreparedSqliteConnection(pooled);
            connection.Open();

            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        }
        finally
        {
            SqliteConnection.ClearPool(plain);
            plain.Dispose();
        }
    }

    public void Dispose() => _database.Dispose();
}
