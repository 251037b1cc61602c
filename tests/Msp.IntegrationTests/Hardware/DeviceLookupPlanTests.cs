using Dapper;
using Msp.Application.Hardware.CheckHardware;
using Msp.Application.Hardware.GetIP;
using Msp.Infrastructure.Hardware;
using Msp.IntegrationTests.Database;

namespace Msp.IntegrationTests.Hardware;

/// <summary>
/// updateMACstatus, updateIP, checkHardware and getIP find a device's address through device_macs, whose primary key is
/// the canonical MAC: each lookup must be a seek on that key and then on the address's id, not a scan (migration 0031).
/// </summary>
public sealed class DeviceLookupPlanTests(MigratedSqliteDatabase sqlite) : IClassFixture<MigratedSqliteDatabase>
{
    [Theory]
    [InlineData(typeof(DeviceRepository), "FindByMacSql")]
    [InlineData(typeof(CheckHardwareQueryHandler), "Sql")]
    [InlineData(typeof(GetIPQueryHandler), "Sql")]
    public void Each_lookup_by_MAC_seeks_the_registry_and_then_the_address(Type owner, string statement)
    {
        var sql = (string)owner
            .GetField(statement, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetRawConstantValue()!;
        using var connection = sqlite.Open();

        var plan = connection.Query(
                "EXPLAIN QUERY PLAN " + sql,
                new { Mac = "AA:BB:CC:00:09:55", IsgMac = "AA:BB:CC:00:09:55", Slot = "isg", Oto = "OTO-0955", UserId = 955, ServiceScoped = 1, ServiceId = 3 })
            .Select(step => (string)step.detail)
            .ToList();

        Assert.Contains(plan, step => step.StartsWith("SEARCH d USING PRIMARY KEY (mac=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }
}
