using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DbUp.Engine;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The pending T-SQL scripts as one file for a DBA's <c>sqlcmd -b -i</c>: each script in its own transaction (with
/// <c>XACT_ABORT</c>, a failed statement rolls the whole script back and <c>-b</c> stops there), followed in that
/// transaction by the journal row DbUp would have written, so that the API's own migrator later finds it applied.
/// The journal table is created first if the database has none.
/// </summary>
public static partial class PendingScriptWriter
{
    /// <summary>DbUp's SQL Server journal, as DbUp creates it.</summary>
    private const string JournalSql = """
        IF OBJECT_ID(N'[dbo].[SchemaVersions]', N'U') IS NULL
            CREATE TABLE [dbo].[SchemaVersions] (
                [Id] INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_SchemaVersions_Id] PRIMARY KEY,
                [ScriptName] NVARCHAR(255) NOT NULL,
                [Applied] DATETIME NOT NULL
            );
        """;

    public static string ForSqlServer(IReadOnlyList<SqlScript> pending, DateTime writtenAtUtc)
    {
        var file = new StringBuilder();
        file.AppendLine(CultureInfo.InvariantCulture, $"-- MSP: {pending.Count} pending migration script(s), written {writtenAtUtc:yyyy-MM-dd HH:mm:ss} UTC.");
        file.AppendLine("-- Apply with: sqlcmd -b -S <server> -d <database> -i <this file>");
        file.AppendLine("SET XACT_ABORT ON;");
        file.AppendLine("GO");
        file.AppendLine(JournalSql);
        file.AppendLine("GO");
        foreach (var script in pending)
        {
            file.AppendLine();
            file.AppendLine(CultureInfo.InvariantCulture, $"-- {script.Name}");
            file.AppendLine("BEGIN TRANSACTION;");
            file.AppendLine("GO");
            file.AppendLine(Trailing().Replace(script.Contents.TrimEnd(), ""));
            file.AppendLine("GO");
            file.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO [dbo].[SchemaVersions] ([ScriptName], [Applied]) VALUES (N'{script.Name.Replace("'", "''", StringComparison.Ordinal)}', GETDATE());");
            file.AppendLine("COMMIT TRANSACTION;");
            file.AppendLine("GO");
        }

        return file.ToString();
    }

    /// <summary>A script's own last <c>GO</c>, which the file's separator replaces.</summary>
    [GeneratedRegex(@"(?:^|\n)\s*GO\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
