using Dapper;
using Msp.Infrastructure.Hardware;
using Msp.IntegrationTests.Database;

namespace Msp.IntegrationTests.Hardware;

/// <summary>
/// updateMACstatus and updateIP find a device by the MAC column of its slot, which holds canonical MACs: each lookup must
/// be an index seek on that column (migration 0024), not a scan of every address.
/// </summary>
public sealed class DeviceLookupPlanTests(MigratedSqliteDatabase sqlite) : IClassFixture<MigratedSqliteDatabase>
{
    [Theory]
    [InlineData("FindByIsgSql", "ix_addresses_isg_mac")]
    [InlineData("FindByAtaSql", "ix_addresses_ata_mac")]
    [InlineData("FindByPhoneSql", "ix_addresses_phone_mac")]
    [InlineData("FindBySmb1Sql", "ix_addresses_smb1_mac")]
    [InlineData("FindBySmb2Sql", "ix_addresses_smb2_mac")]
    [InlineData("FindBySmb3Sql", "ix_addresses_smb3_mac")]
    [InlineData("FindBySmb4Sql", "ix_addresses_smb4_mac")]
    public void Each_slots_lookup_seeks_its_MAC_index(string statement, string index)
    {
        var sql = (string)typeof(DeviceRepository)
            .GetField(statement, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetRawConstantValue()!;
        using var connection = sqlite.Open();

        var plan = connection.Query(
                "EXPLAIN QUERY PLAN " + sql,
                new { Mac = "AA:BB:CC:00:09:55", ServiceScoped = 1, ServiceId = 3 })
            .Select(step => (string)step.detail)
            .ToList();

        Assert.Contains(plan, step => step.Contains($"SEARCH a USING INDEX {index} (", StringComparison.Ordinal));
    }
}
