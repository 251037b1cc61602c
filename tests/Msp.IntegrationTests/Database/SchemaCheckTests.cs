using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Issue 30 §4 on SQLite: <c>migrate --check</c> compares the live schema with a scratch database migrated from the
/// scripts, and names each difference: a dropped index, an added column, a changed type.
/// </summary>
public sealed class SchemaCheckTests : IDisposable
{
    private readonly MigratedSqliteDatabase _database = new();

    [Fact]
    public void A_database_the_migrator_built_has_no_drift()
    {
        Assert.Empty(_database.Migrator.SchemaDrift());
    }

    [Fact]
    public void A_dropped_index_an_added_column_and_a_changed_type_are_each_listed_and_nothing_else()
    {
        Execute("""
            DROP INDEX ix_outbox_sender;
            ALTER TABLE accounts ADD COLUMN nickname TEXT;
            CREATE TABLE client_address_windows_new (
                client_address TEXT    NOT NULL,
                kind           TEXT    NOT NULL CHECK (kind IN ('login_request', 'failed_uid_login')),
                window_start   TEXT    NOT NULL,
                hits           TEXT    NOT NULL,
                PRIMARY KEY (client_address, kind)
            ) WITHOUT ROWID;
            DROP TABLE client_address_windows;
            ALTER TABLE client_address_windows_new RENAME TO client_address_windows;
            CREATE INDEX ix_client_address_windows_start ON client_address_windows (window_start);
            """);

        var drift = _database.Migrator.SchemaDrift();

        Assert.Equal(
            [
                "changed column client_address_windows.hits: the scripts define INTEGER NOT NULL; the database has TEXT NOT NULL",
                "missing index outbox.ix_outbox_sender: (sender_id, channel, created_at)",
                "unexpected column accounts.nickname: TEXT NULL",
            ],
            drift.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_index_that_lost_its_uniqueness_is_drift_too()
    {
        Execute("DROP INDEX ux_sip_accounts_account; CREATE INDEX ux_sip_accounts_account ON sip_accounts (account_id);");

        var drift = _database.Migrator.SchemaDrift();

        Assert.Equal(["changed index sip_accounts.ux_sip_accounts_account: the scripts define UNIQUE (account_id); the database has (account_id)"], drift);
    }

    [Fact]
    public void A_database_that_is_not_there_is_no_drift_but_a_failure_naming_it()
    {
        using var missing = MigratedSqliteDatabase.Unmigrated();

        var error = Assert.Throws<DatabaseOperationException>(() => missing.Migrator.SchemaDrift());

        Assert.Equal(DatabaseFailure.Unreachable, error.Failure);
        Assert.Contains("does not exist yet", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private void Execute(string sql)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = OFF;" + sql;
        command.ExecuteNonQuery();
    }
}
