using System.Data;
using System.Data.Common;

namespace Msp.Infrastructure.Persistence;

public sealed class SqlServerDialect : SqlDialectBase
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override string LastInsertedId => "CAST(SCOPE_IDENTITY() AS BIGINT)";

    protected override string PageAfter(string offset) => $"OFFSET {offset} ROWS FETCH NEXT @Limit ROWS ONLY";

    public override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>2627: a unique or primary key constraint; 2601: a unique index.</summary>
    public override bool IsUniqueViolation(DbException exception) =>
        exception is Microsoft.Data.SqlClient.SqlException { Number: 2627 or 2601 };
}
