using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Msp.Infrastructure.Persistence;

public sealed class SqlServerDialect : SqlDialectBase
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override string LastInsertedId => "CAST(SCOPE_IDENTITY() AS BIGINT)";

    protected override string Page => "OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY";

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
}
