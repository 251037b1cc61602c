using System.Globalization;
using System.Text;
using DbUp.Engine;
using DbUp.Support;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// Migration scripts as one T-SQL file for a DBA's <c>sqlcmd -b -i</c>, written without a connection (ADR 27). Each
/// script is guarded by DbUp's journal: skipped when <c>SchemaVersions</c> names it, otherwise run in a transaction
/// (<c>XACT_ABORT</c>: a failure rolls it back and <c>-b</c> stops there) together with the journal row DbUp writes,
/// so the file is safe on a database that has some or all of the scripts, and the API's migrator later finds them
/// applied. The script's batches (DbUp's own split at <c>GO</c>) run through <c>EXEC</c>, so that a batch is compiled
/// only when it runs: a skipped script may name a column a later script dropped.
/// </summary>
internal static class SqlServerScriptFile
{
    /// <summary>
    /// sqlcmd's sessions start with QUOTED_IDENTIFIER off, unlike SqlClient's (DbUp's); filtered indexes need it on, so
    /// the file sets what SqlClient's sessions have. QUOTED_IDENTIFIER is read when a batch is parsed: this batch sets it
    /// for the ones after it.
    /// </summary>
    private const string SessionSql = """
        SET XACT_ABORT ON;
        SET NOCOUNT ON;
        SET QUOTED_IDENTIFIER ON;
        SET ANSI_NULLS ON;
        SET ANSI_PADDING ON;
        SET ANSI_WARNINGS ON;
        SET ARITHABORT ON;
        SET CONCAT_NULL_YIELDS_NULL ON;
        SET NUMERIC_ROUNDABORT OFF;
        """;

    /// <summary>The lock the API's migrator takes (<see cref="SqlServerMigrationLock"/>), held by this session to the end of the file.</summary>
    private const string LockSql = $"""
        DECLARE @Lock INT;
        EXEC @Lock = sp_getapplock @Resource = N'{MigrationLock.Resource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 600000;
        IF @Lock < 0
            THROW 50000, N'Another migration held the lock {MigrationLock.Resource} for 10 minutes: run this file again once it has finished.', 1;
        """;

    private const string ReleaseSql = $"EXEC sp_releaseapplock @Resource = N'{MigrationLock.Resource}', @LockOwner = 'Session';";

    /// <summary>DbUp's SQL Server journal, as DbUp creates it.</summary>
    private const string JournalSql = """
        IF OBJECT_ID(N'[dbo].[SchemaVersions]', N'U') IS NULL
            CREATE TABLE [dbo].[SchemaVersions] (
                [Id] INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_SchemaVersions_Id] PRIMARY KEY,
                [ScriptName] NVARCHAR(255) NOT NULL,
                [Applied] DATETIME NOT NULL
            );
        """;

    public static string Write(IReadOnlyList<SqlScript> scripts, string scope, DateTime writtenAtUtc)
    {
        var file = new StringBuilder();
        file.AppendLine(CultureInfo.InvariantCulture, $"-- MSP: {scripts.Count} migration script(s), {scope}, for SQL Server; written {writtenAtUtc:yyyy-MM-dd HH:mm:ss} UTC.");
        file.AppendLine("-- Each script runs once: skipped when DbUp's journal (dbo.SchemaVersions) names it, otherwise applied in a");
        file.AppendLine("-- transaction with its journal row. Safe on a database that has some or all of them; the API's migrate then");
        file.AppendLine("-- finds them applied. The API's migrator takes the same lock, so the two never migrate at once.");
        file.AppendLine("-- Apply with: sqlcmd -b -S <server> -d <database> -i <this file>");
        AppendBatch(file, SessionSql);
        AppendBatch(file, LockSql);
        AppendBatch(file, JournalSql);
        var splitter = new SqlCommandSplitter();
        foreach (var script in scripts)
        {
            var name = Literal(script.Name);
            file.AppendLine();
            file.AppendLine(CultureInfo.InvariantCulture, $"-- {script.Name}");
            file.AppendLine("BEGIN TRANSACTION;");
            file.AppendLine(CultureInfo.InvariantCulture, $"IF NOT EXISTS (SELECT 1 FROM [dbo].[SchemaVersions] WHERE [ScriptName] = {name})");
            file.AppendLine("BEGIN");
            foreach (var batch in splitter.SplitScriptIntoCommands(script.Contents))
            {
                file.AppendLine(CultureInfo.InvariantCulture, $"    EXEC ({Literal(batch)});");
            }

            file.AppendLine(CultureInfo.InvariantCulture, $"    INSERT INTO [dbo].[SchemaVersions] ([ScriptName], [Applied]) VALUES ({name}, GETDATE());");
            file.AppendLine("END;");
            AppendBatch(file, "COMMIT TRANSACTION;");
        }

        file.AppendLine();
        AppendBatch(file, ReleaseSql);
        return file.ToString();
    }

    private static void AppendBatch(StringBuilder file, string sql)
    {
        file.AppendLine(sql);
        file.AppendLine("GO");
    }

    private static string Literal(string text) => "N'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
