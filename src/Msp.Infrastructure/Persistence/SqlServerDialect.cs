using System.Data;
using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

public sealed class SqlServerDialect : SqlDialectBase
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override string LastInsertedId => "CAST(SCOPE_IDENTITY() AS BIGINT)";

    protected override string Page => "OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY";

    public override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
}
