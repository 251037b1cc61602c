using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>
/// flatListAvailable and flatListOccupied partition a BP's flats (docs/contract.md §3), also while flats are created and
/// deleted and addresses pointed at them in parallel; an address never ends up pointing at a deleted flat (ADR 20).
/// </summary>
public sealed class FlatPartitionTests(MspApiFactory api) : RealEstateApiTest(api)
{
    private const int Writers = 12;

    [Fact]
    public async Task The_two_lists_partition_the_BP_s_flats_under_concurrent_creates_deletes_and_occupation()
    {
        var token = await TokenOf("lindau.admin");
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var snapshots = 0;
            while (!done.IsCancellationRequested || snapshots == 0)
            {
                var available = await IdsAsync("/flat/listAvailable?BPID=2&limit=1000", token);
                var occupied = await IdsAsync("/flat/listOccupied?BPID=2&limit=1000", token);
                Assert.Equal(available.Count, available.Distinct().Count());
                Assert.Equal(occupied.Count, occupied.Distinct().Count());
                Assert.Contains("2", available);
                Assert.Contains("1", occupied);
                Assert.DoesNotContain("1", available);
                snapshots++;
            }
        })).ToList();

        var writers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            using var created = await PostAsync(
                "/flat/create", token, ("Building_id", "1"), ("Country", "CH"), ("City", "Winterthur"), ("Street_name", "Markt"),
                ("Street_number", "12"), ("postcode", "8400"), ("Apartment_number", (10 + i).ToString()));
            var id = (await ReadJson(created))["data"]!["id"]!.GetValue<long>();
            var occupy = Task.Run(() => ExecuteAsync(
                """
                INSERT INTO addresses (account_id, name, flat_id, building_id, created_at, updated_at)
                SELECT 955, 'Flat', id, building_id, @Now, @Now FROM flats WHERE id = @FlatId
                """,
                new { FlatId = id, Now = DateTime.UtcNow }));
            using var deleted = await DeleteAsync("/flat/delete", token, ("flatID", id.ToString()));
            await occupy;
            Assert.Contains(deleted.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Forbidden });
        })).ToList();

        await Task.WhenAll(writers);
        await done.CancelAsync();
        await Task.WhenAll(readers);

        var finalAvailable = await IdsAsync("/flat/listAvailable?BPID=2&limit=1000", token);
        var finalOccupied = await IdsAsync("/flat/listOccupied?BPID=2&limit=1000", token);
        Assert.Empty(finalAvailable.Intersect(finalOccupied));
        Assert.Equal(await QueryAsync<long>("SELECT COUNT(*) FROM flats WHERE partner_id = 2"), finalAvailable.Count + finalOccupied.Count);
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(*) FROM addresses a WHERE a.flat_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM flats f WHERE f.id = a.flat_id)"));
    }

    private async Task<List<string>> IdsAsync(string path, string token)
    {
        using var response = await GetAsync(path, token);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["data"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).ToList();
    }
}
