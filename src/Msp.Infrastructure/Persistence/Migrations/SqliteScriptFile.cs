using System.Globalization;
using System.Text;
using DbUp.Engine;

namespace Msp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The SQLite twin of <see cref="SqlServerScriptFile"/>: the same scripts guarded by the same journal (DbUp's SQLite
/// <c>SchemaVersions</c>, same names), each in its own transaction with its journal row. SQLite has neither IF nor
/// EXEC, and no statement can make a CREATE or an ALTER conditional, so the guard is
/// <c>msp_exec_unless(guard, script)</c>: it runs the script and its journal row, all or nothing, unless the guard
/// query finds a row. That function, like <c>msp_sha256_hex</c> that script 0007 calls, is one the migrator gives its
/// connection (<see cref="DatabaseMigrator.OpenSqliteForScripts"/>): apply the file on such a connection (the sqlite3
/// shell has neither), reading every statement's result: Microsoft.Data.Sqlite's ExecuteNonQuery stops reporting
/// errors after the first statement that returns a row, so it would carry on past a failed script (which, all or
/// nothing, is then neither applied nor journaled).
/// </summary>
internal static class SqliteScriptFile
{
    /// <summary>DbUp's SQLite journal, as DbUp creates it (read back from a database DbUp migrated).</summary>
    private const string JournalSql = """
        CREATE TABLE IF NOT EXISTS [SchemaVersions] (
            SchemaVersionID INTEGER CONSTRAINT [PK_SchemaVersions_Id] PRIMARY KEY AUTOINCREMENT NOT NULL,
            ScriptName TEXT NOT NULL,
            Applied DATETIME NOT NULL
        );
        """;

    public static string Write(IReadOnlyList<SqlScript> scripts, string scope, DateTime writtenAtUtc)
    {
        var file = new StringBuilder();
        file.AppendLine(CultureInfo.InvariantCulture, $"-- MSP: {scripts.Count} migration script(s), {scope}, for SQLite; written {writtenAtUtc:yyyy-MM-dd HH:mm:ss} UTC.");
        file.AppendLine("-- Each script runs once: skipped when DbUp's journal (SchemaVersions) names it, otherwise applied in a");
        file.AppendLine("-- transaction with its journal row. Apply on a connection from DatabaseMigrator.OpenSqliteForScripts, which");
        file.AppendLine("-- gives it msp_exec_unless (SQLite's missing IF ... EXEC) and msp_sha256_hex, and read every statement's result.");
        file.AppendLine(JournalSql);
        foreach (var script in scripts)
        {
            var name = Literal(script.Name);
            var applied = $"SELECT 1 FROM SchemaVersions WHERE ScriptName = {name}";
            file.AppendLine();
            file.AppendLine(CultureInfo.InvariantCulture, $"-- {script.Name}");
            var journal = $"INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ({name}, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'));";
            file.AppendLine("BEGIN IMMEDIATE;");
            file.AppendLine(CultureInfo.InvariantCulture, $"SELECT msp_exec_unless({Literal(applied)}, {Literal(script.Contents.TrimEnd() + Environment.NewLine + journal)});");
            file.AppendLine("COMMIT;");
        }

        return file.ToString();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
