using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>
/// flatListAvailable and flatListOccupied read their totals and the start of a deep page from counted blocks of 1024
/// flat ids, and each list's flats by the occupants the addresses' triggers keep (migration 0030, ADR 0020, ADR 0021).
/// Every page and total must stay the one a plain <c>ORDER BY id</c> over <c>[NOT] EXISTS</c> of an address gives,
/// whatever changed the flats or the addresses: each answer here is checked against that.
/// </summary>
public sealed class FlatBlocksTests(MspApiFactory api) : RealEstateApiTest(api)
{
    private const int BlockSize = 1024;

    private const string Available = "/flat/listAvailable";

    private const string Occupied = "/flat/listOccupied";

    /// <summary>BP 2's flats besides the seed's 1 and 2, spread over blocks 0, 1, 2, 4, 9 and 10.</summary>
    private static readonly long[] SpreadIds = [.. Range(1000, 60), 2047, 2048, .. Range(5000, 10), 10239, 10240, 10241];

    /// <summary>Of <see cref="SpreadIds"/>, those an address points at; 1023 and 2048 by two.</summary>
    private static readonly long[] OccupiedIds = [1000, 1002, 1022, 1023, 1024, 1030, 1059, 2048, 5001, 5002, 5003, 10240];

    [Fact]
    public async Task Both_lists_get_the_exact_page_at_every_offset_and_on_every_block_boundary()
    {
        await SpreadFlatsAsync();
        var token = await TokenOf("lindau.admin");

        foreach (var path in new[] { Available, Occupied })
        {
            var expected = await FlatIdsAsync(2, path == Occupied);
            var boundaries = Boundaries(expected).ToArray();
            Assert.True(boundaries.Length >= 3, $"{path}: {boundaries.Length} block boundaries");
            var offsets = boundaries.SelectMany(b => new[] { b - 1, b, b + 1 })
                .Concat([0, 1, expected.Count - 1, expected.Count, expected.Count + 7])
                .Distinct()
                .Order();
            foreach (var offset in offsets)
            {
                foreach (var limit in new[] { 1, 3, 100 })
                {
                    await AssertPageAsync(token, path, 2, offset, limit, expected);
                }
            }
        }

        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task Pages_and_totals_stay_exact_through_flat_creates_and_deletes_and_addresses_pointed_moved_and_deleted()
    {
        await SpreadFlatsAsync();
        var token = await TokenOf("lindau.admin");
        await AssertListsAsync(token);

        using var created = await PostAsync(
            "/flat/create", token, ("Building_id", "1"), ("Country", "CH"), ("City", "Winterthur"), ("Street_name", "Markt"),
            ("Street_number", "12"), ("postcode", "8400"), ("Apartment_number", "77"));
        var createdId = (await ReadJson(created))["data"]!["id"]!.GetValue<long>();
        Assert.Equal(createdId, (await FlatIdsAsync(2, occupied: false))[^1]);
        await AssertListsAsync(token);

        // Pointed at: the new flat and the first flat of block 1 become occupied.
        await AddAddressesAsync(createdId, 1025);
        await AssertListsAsync(token);

        // Moved away: from 1024 (block 1's first occupied flat) to 1026; 2048's second address leaves for 2047.
        await ExecuteAsync("UPDATE addresses SET flat_id = 1026 WHERE flat_id = 1024");
        await ExecuteAsync("UPDATE addresses SET flat_id = 2047 WHERE id = (SELECT MAX(id) FROM addresses WHERE flat_id = 2048)");
        Assert.Contains(2048L, await FlatIdsAsync(2, occupied: true));
        Assert.Contains(1024L, await FlatIdsAsync(2, occupied: false));
        await AssertListsAsync(token);

        // A flat with two addresses stays occupied when one goes and is available when the second does.
        await ExecuteAsync("DELETE FROM addresses WHERE id = (SELECT MIN(id) FROM addresses WHERE flat_id = 1023)");
        Assert.Contains(1023L, await FlatIdsAsync(2, occupied: true));
        await AssertListsAsync(token);
        await ExecuteAsync("DELETE FROM addresses WHERE flat_id = 1023");
        Assert.Contains(1023L, await FlatIdsAsync(2, occupied: false));
        await AssertListsAsync(token);

        // Occupied flats are refused, available ones go.
        using (var refused = await DeleteAsync("/flat/delete", token, ("flatID", "1025")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        foreach (var id in new long[] { 1023, 10239, 1001 })
        {
            await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", id.ToString(CultureInfo.InvariantCulture))), HttpStatusCode.OK, Ok);
        }

        await AssertListsAsync(token);

        // A flat whose every address is cleared can go, and its block goes with it when it was the block's last.
        await ExecuteAsync("UPDATE addresses SET flat_id = NULL WHERE flat_id = 10240");
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "10240")), HttpStatusCode.OK, Ok);
        await AssertBody(await DeleteAsync("/flat/delete", token, ("flatID", "10241")), HttpStatusCode.OK, Ok);
        await AssertListsAsync(token);
        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task A_BP_whose_occupied_flats_all_become_available_answers_404_for_that_list_only()
    {
        var token = await TokenOf("lindau.admin");
        // Address 194 holds devices: their registry rows go first, as address/delete does (ADR 26).
        await ExecuteAsync("DELETE FROM device_macs WHERE address_id IN (SELECT id FROM addresses WHERE flat_id = 1)");
        await ExecuteAsync("DELETE FROM addresses WHERE flat_id = 1");

        await AssertBody(await GetAsync($"{Occupied}?BPID=2&offset=0&limit=10", token), HttpStatusCode.NotFound, NoFlatFound);
        await AssertPageAsync(token, Available, 2, 0, 10, [1, 2]);
        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task The_occupants_and_block_counts_equal_a_plain_count_after_a_mixed_batch_of_changes()
    {
        await AssertCountsExactAsync();
        await SpreadFlatsAsync();
        await AssertCountsExactAsync();

        // Statements that change many rows at once, across blocks, BPs and lists, net changes of 0 among them.
        var otherBuilding = await AddBuildingAsync(1, await AddResidenceAsync(1, "V-9", "Zug Berg"), "Berghaus");
        await ExecuteAsync("UPDATE addresses SET flat_id = CASE WHEN flat_id = 1000 THEN 1002 ELSE 1000 END WHERE flat_id IN (1000, 1002)");
        await ExecuteAsync("UPDATE addresses SET flat_id = 1040 WHERE flat_id IN (1022, 5001)");
        await ExecuteAsync("UPDATE flats SET partner_id = 1, building_id = @Building WHERE id BETWEEN 1035 AND 1045", new { Building = otherBuilding });
        await ExecuteAsync("UPDATE flats SET code = 'Renamed', partner_id = partner_id WHERE id BETWEEN 1000 AND 1010");
        await ExecuteAsync("DELETE FROM addresses WHERE flat_id IN (5002, 5003) OR id = (SELECT MIN(id) FROM addresses WHERE flat_id = 2048)");
        await ExecuteAsync("DELETE FROM flats WHERE id BETWEEN 5004 AND 5009 OR id IN (2047, 1059)");

        // Addresses naming ids no flat has, then flats inserted with those ids: they start occupied.
        await AddAddressesAsync(20000, 20000, 20001);
        await InsertFlatsAsync(1, otherBuilding, [20000, 20001, 20002]);
        Assert.Equal([20000L, 20001], (await FlatIdsAsync(1, occupied: true)).Where(id => id >= 20000));

        await AssertCountsExactAsync();
        var token = await TokenOf("lindau.admin");
        await AssertPageAsync(token, Available, 2, 40, 50, await FlatIdsAsync(2, occupied: false));
        await AssertPageAsync(token, Occupied, 2, 1, 50, await FlatIdsAsync(2, occupied: true));
        var admin = await TokenOf("admin");
        await AssertPageAsync(admin, Available, 1, 0, 100, await FlatIdsAsync(1, occupied: false));
        await AssertPageAsync(admin, Occupied, 1, 0, 100, await FlatIdsAsync(1, occupied: true));
    }

    private static IEnumerable<long> Range(long first, int count) => Enumerable.Range(0, count).Select(i => first + i);

    /// <summary>The offsets in <paramref name="ids"/> where a new block of ids starts.</summary>
    private static IEnumerable<int> Boundaries(List<long> ids) =>
        Enumerable.Range(1, Math.Max(ids.Count - 1, 0)).Where(i => ids[i] / BlockSize != ids[i - 1] / BlockSize);

    private static IEnumerable<long> IdsOf(JsonNode page) =>
        page["data"]!.AsArray().Select(f => long.Parse(f!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture));

    /// <summary>
    /// BP 2's flats of <see cref="SpreadIds"/> in building 1, with <see cref="OccupiedIds"/> occupied, and among them
    /// flats of BP 1 that neither list of BP 2 may show, one of them occupied.
    /// </summary>
    private async Task SpreadFlatsAsync()
    {
        var otherBuilding = await AddBuildingAsync(1, await AddResidenceAsync(1, "V-1", "Zug See"), "Seehaus");
        await InsertFlatsAsync(2, 1, SpreadIds);
        await InsertFlatsAsync(1, otherBuilding, [1060, 1061, 2049, 10242]);
        await AddAddressesAsync([.. OccupiedIds, 1023, 2048, 1061]);
    }

    /// <summary>Flats with these ids, as <see cref="RealEstateApiTest.AddFlatAsync"/> adds them.</summary>
    private async Task InsertFlatsAsync(long partnerId, long buildingId, IEnumerable<long> ids)
    {
        const string Insert = """
            INSERT INTO flats (id, partner_id, building_id, country, state, city, street_name, street_number, postcode, floor,
                apartment_number, letter, code, size, created_at, updated_at)
            VALUES (@Id, @PartnerId, @BuildingId, 'CH', 'Zürich', 'Lindau', 'Dorfstrasse', '1', '8307', 0, @Id, '', '', NULL, @Now, @Now)
            """;
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(
            Api.Provider == DatabaseProvider.Sqlite ? Insert : $"SET IDENTITY_INSERT dbo.flats ON; {Insert}; SET IDENTITY_INSERT dbo.flats OFF;",
            ids.Select(id => new { Id = id, PartnerId = partnerId, BuildingId = buildingId, Now = DateTime.UtcNow }));
    }

    /// <summary>An address of user 955 pointing at each of these flat ids (twice at an id named twice).</summary>
    private async Task AddAddressesAsync(params long[] flatIds)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO addresses (account_id, name, flat_id, building_id, created_at, updated_at)
            VALUES (955, 'Flat', @FlatId, 1, @Now, @Now)
            """,
            flatIds.Select(id => new { FlatId = id, Now = DateTime.UtcNow }));
    }

    /// <summary>The plain truth: the BP's flats an address points at (or none does), in id order.</summary>
    private async Task<List<long>> FlatIdsAsync(long partnerId, bool occupied)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<long>(
            $"SELECT id FROM flats f WHERE partner_id = @PartnerId AND {(occupied ? "" : "NOT ")}EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = f.id) ORDER BY id",
            new { PartnerId = partnerId })).AsList();
    }

    /// <summary>BP 2's pages of both lists at offsets on and before each block boundary, at 0 and past the end.</summary>
    private async Task AssertListsAsync(string token)
    {
        foreach (var path in new[] { Available, Occupied })
        {
            var expected = await FlatIdsAsync(2, path == Occupied);
            foreach (var offset in Boundaries(expected).SelectMany(b => new[] { b - 1, b }).Append(0).Append(expected.Count))
            {
                await AssertPageAsync(token, path, 2, offset, 2, expected);
            }

            await AssertPageAsync(token, path, 2, 0, 1000, expected);
        }

        await AssertCountsExactAsync();
    }

    /// <summary>
    /// The page's ids and iterator are those of <paramref name="expected"/>, the BP's flats of the list in id order;
    /// a list without flats is the 404.
    /// </summary>
    private async Task AssertPageAsync(string token, string list, long partnerId, int offset, int limit, List<long> expected)
    {
        var path = FormattableString.Invariant($"{list}?BPID={partnerId}&offset={offset}&limit={limit}");
        using var response = await GetAsync(path, token);
        if (expected.Count == 0)
        {
            await AssertBody(response, HttpStatusCode.NotFound, NoFlatFound);
            return;
        }

        var body = await ReadJson(response);
        Assert.True(expected.Skip(offset).Take(limit).SequenceEqual(IdsOf(body)), $"{path}: {body["data"]!.ToJsonString()}");
        var iterator = body["iterator"]!;
        Assert.Equal(
            (offset > 0, offset + limit < expected.Count, (long)expected.Count),
            (iterator["existsPrev"]!.GetValue<bool>(), iterator["existsNext"]!.GetValue<bool>(), iterator["count"]!.GetValue<long>()));
    }

    /// <summary>
    /// Every flat's occupants is the number of addresses pointing at it, and flat_blocks holds exactly the non-empty
    /// counts a GROUP BY over the flats and their addresses gives.
    /// </summary>
    private async Task AssertCountsExactAsync()
    {
        await using var connection = await Api.OpenAsync();
        Assert.Empty(await connection.QueryAsync<long>(
            "SELECT id FROM flats f WHERE occupants <> (SELECT COUNT(*) FROM addresses a WHERE a.flat_id = f.id)"));

        var counted = (await connection.QueryAsync<(long, long, long, long)>(
            "SELECT partner_id, occupied, block, flats FROM flat_blocks ORDER BY partner_id, occupied, block")).AsList();
        var grouped = (await connection.QueryAsync<(long, long, long, long)>(
            """
            SELECT partner_id, occupied, block, COUNT(*)
            FROM (SELECT partner_id, CASE WHEN EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = f.id) THEN 1 ELSE 0 END AS occupied,
                      id / 1024 AS block
                  FROM flats f) AS k
            GROUP BY partner_id, occupied, block
            ORDER BY partner_id, occupied, block
            """)).AsList();

        Assert.NotEmpty(grouped);
        Assert.Equal(grouped, counted);
    }
}
