using Dapper;
using DbUp;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.Sqlite;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Database;

/// <summary>
/// Migration 0031 (ADR 26) on a database where MACs were claimed twice: the lowest address id keeps each MAC (within an
/// address, the first slot in the order isg, smb1–smb4, ata, phone), the other slots are cleared, each clearing is
/// recorded for the DBA, and device_macs then holds every MAC once.
/// </summary>
public sealed class DeviceMacMigrationTests : IDisposable
{
    private const string Isg = "AA:BB:CC:00:09:55";
    private const string Box = "11:11:22:33:44:99";
    private const string Phone = "AA:BB:CC:00:19:55";
    private const string Ata = "AA:BB:CC:00:29:55";
    private const string TwiceHere = "11:11:22:33:44:77";

    private static readonly DateTime Reported = new(2016, 10, 17, 10, 31, 48, DateTimeKind.Utc);

    private static readonly DateTime Activated = new(2016, 8, 12, 9, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime Written = new(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly MigratedSqliteDatabase _database = MigratedSqliteDatabase.Unmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Duplicates_are_resolved_in_favour_of_the_lowest_address_id_and_reported_and_every_MAC_is_registered_once()
    {
        MigrateTo0030WithDuplicates();

        Assert.Equal(31, Number(_database.Migrator.PendingScripts()[0]));
        _database.Migrator.Migrate();

        using var connection = _database.Open();
        Assert.Equal(
            [(TwiceHere, 12L, "smb3"), (Box, 10L, "smb1"), (Isg, 10L, "isg"), (Phone, 10L, "phone"), (Ata, 11L, "ata")],
            connection.Query<(string, long, string)>("SELECT mac, address_id, slot FROM device_macs ORDER BY mac"));
        Assert.Equal(
            [
                (12L, "smb4", TwiceHere, 0L, (string?)null, (string?)null, 12L, "smb3"),
                (11L, "smb2", Box, 0L, null, null, 10L, "smb1"),
                (11L, "isg", Isg, 1L, Text(Reported), Text(Activated), 10L, "isg"),
                (12L, "phone", Phone, 1L, Text(Reported), null, 10L, "phone"),
            ],
            connection.Query<(long, string, string, long, string?, string?, long, string)>(
                """
                SELECT address_id, slot, mac, status, status_date, activated_at, kept_by_address_id, kept_by_slot
                FROM device_mac_resolutions ORDER BY id
                """));
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT resolved_at) FROM device_mac_resolutions"));

        Assert.Equal(
            ("", 0L, (string?)null, (string?)null, "", Ata, 2L),
            connection.QuerySingle<(string, long, string?, string?, string, string, long)>(
                "SELECT isg_mac, isg_mac_status, isg_mac_status_date, isg_mac_activated_at, smb2_mac, ata_mac, devices_version FROM addresses WHERE id = 11"));
        Assert.Equal(
            ("", 0L, (string?)null, "GXP1610", TwiceHere, "", 2L),
            connection.QuerySingle<(string, long, string?, string, string, string, long)>(
                "SELECT phone_mac, phone_mac_status, phone_mac_status_date, phone_mac_model, smb3_mac, smb4_mac, devices_version FROM addresses WHERE id = 12"));
        Assert.Equal(
            (Isg, 1L, Box, Phone, 0L, Text(Written)),
            connection.QuerySingle<(string, long, string, string, long, string)>(
                "SELECT isg_mac, isg_mac_status, smb1_mac, phone_mac, devices_version, updated_at FROM addresses WHERE id = 10"));
    }

    [Fact]
    public void After_the_migration_the_database_refuses_a_MAC_another_address_holds_and_no_slot_index_is_left()
    {
        MigrateTo0030WithDuplicates();
        _database.Migrator.Migrate();

        using var connection = _database.Open();
        var refused = Assert.Throws<SqliteException>(() =>
            connection.Execute("INSERT INTO device_macs (mac, address_id, slot) VALUES (@Isg, 12, 'isg')", new { Isg }));
        Assert.Equal(1555, refused.SqliteExtendedErrorCode);
        Assert.Empty(connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_addresses_%mac'"));
    }

    /// <summary>
    /// Three addresses, inserted out of id order: 10 holds the ISG, a box and the phone; 11 the same ISG (reported and
    /// active), the box in another slot and an ATA of its own; 12 the phone, and one box in two of its own slots.
    /// </summary>
    private void MigrateTo0030WithDuplicates()
    {
        using var before = DatabaseMigrator.OpenSqliteForScripts(_database.ConnectionString);
        var upTo0030 = DeployChanges.To.SqliteDatabase(new SharedConnection(before))
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Scripts.sqlite.", StringComparison.Ordinal) && Number(name) < 31)
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(upTo0030.Successful);

        // The accounts the addresses name do not matter here.
        before.Execute("PRAGMA foreign_keys = OFF");
        const string insert = """
            INSERT INTO addresses (id, account_id, isg_mac, isg_mac_status, isg_mac_status_date, isg_mac_activated_at,
                smb1_mac, smb2_mac, smb3_mac, smb4_mac, ata_mac, phone_mac, phone_mac_status, phone_mac_status_date,
                phone_mac_model, created_at, updated_at)
            VALUES (@Id, @Id, @IsgMac, @IsgStatus, @IsgDate, @IsgActivated, @Smb1, @Smb2, @Smb3, @Smb4, @AtaMac, @PhoneMac,
                @PhoneStatus, @PhoneDate, 'GXP1610', @Written, @Written)
            """;
        before.Execute(insert, Address(12, smb3: TwiceHere, smb4: TwiceHere, phone: Phone, phoneStatus: 1, phoneDate: Reported));
        before.Execute(insert, Address(11, isg: Isg, isgStatus: 1, isgDate: Reported, isgActivated: Activated, smb2: Box, ata: Ata));
        before.Execute(insert, Address(10, isg: Isg, isgStatus: 1, isgDate: Reported, isgActivated: Activated, smb1: Box, phone: Phone));
    }

    private static object Address(
        long id,
        string isg = "",
        int isgStatus = 0,
        DateTime? isgDate = null,
        DateTime? isgActivated = null,
        string smb1 = "",
        string smb2 = "",
        string smb3 = "",
        string smb4 = "",
        string ata = "",
        string phone = "",
        int phoneStatus = 0,
        DateTime? phoneDate = null) => new
        {
            Id = id,
            IsgMac = isg,
            IsgStatus = isgStatus,
            IsgDate = isgDate,
            IsgActivated = isgActivated,
            Smb1 = smb1,
            Smb2 = smb2,
            Smb3 = smb3,
            Smb4 = smb4,
            AtaMac = ata,
            PhoneMac = phone,
            PhoneStatus = phoneStatus,
            PhoneDate = phoneDate,
            Written,
        };

    /// <summary>A time as Microsoft.Data.Sqlite stores it, and as the migration copies it.</summary>
    private static string Text(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The script's number: <c>…Scripts.sqlite.0031_name.sql</c> is 31.</summary>
    private static int Number(string scriptName) =>
        int.Parse(scriptName[(scriptName.IndexOf(".sqlite.", StringComparison.Ordinal) + ".sqlite.".Length)..][..4], System.Globalization.CultureInfo.InvariantCulture);
}
