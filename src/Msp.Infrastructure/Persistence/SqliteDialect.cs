using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

public sealed class SqliteDialect : SqlDialectBase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string LastInsertedId => "last_insert_rowid()";

    protected override string PageAfter(string offset) => $"LIMIT @Limit OFFSET {offset}";

    /// <summary>Connections come from <see cref="Sqlite.SqliteConnectionPool"/>, whose transactions are always <c>BEGIN IMMEDIATE</c>.</summary>
    public override ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(connection.BeginTransaction());

    /// <summary>SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.</summary>
    public override bool IsUniqueViolation(DbException exception) =>
        exception is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}
