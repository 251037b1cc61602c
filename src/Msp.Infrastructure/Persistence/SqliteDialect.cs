using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Msp.Infrastructure.Persistence;

public sealed class SqliteDialect : SqlDialectBase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string LastInsertedId => "last_insert_rowid()";

    protected override string Page => "LIMIT @Limit OFFSET @Offset";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
}
