using Dapper;
using Msp.Infrastructure.Security;

namespace Msp.IntegrationTests.Database;

/// <summary>Migration 0007 (ADR 15): a database with uids in clear keeps its devices signed in, by their hashes only.</summary>
public sealed class DeviceUidHashMigrationTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Existing_device_uids_are_replaced_by_the_hash_the_API_looks_them_up_by()
    {
        using (var before = _database.MigrateUpTo(6))
        {
            // Only the account the uids name matters here, not its role or language.
            before.Execute("PRAGMA foreign_keys = OFF");
            before.Execute("""
                INSERT INTO accounts (id, role_id, username, email, password_hash, language_id, created_at, updated_at)
                VALUES (955, 4, 'jorge', 'jorge@example.ch', 'x', 1, '2026-01-01', '2026-01-01')
                """);
            before.Execute("INSERT INTO device_uids VALUES ('STB-0955-0001', 955, '2026-01-01'), ('Gerät-Ünïcode', 955, '2026-01-02')");
        }

        Assert.Equal(7, _database.Migrator.PendingScripts().Select(MigratedSqliteDatabase.ScriptNumber).First());
        _database.Migrator.Migrate();

        using var connection = _database.Open();
        Assert.Equal(
            [Secrets.Hash("STB-0955-0001"), Secrets.Hash("Gerät-Ünïcode")],
            connection.Query<string>("SELECT uid_hash FROM device_uid_hashes WHERE account_id = 955 ORDER BY created_at"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'device_uids'"));
    }
}
