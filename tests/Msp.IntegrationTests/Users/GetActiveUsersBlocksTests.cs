using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Users;

/// <summary>
/// getActiveUsers reads its total and the start of a deep page from counted blocks of 1024 ids that triggers keep
/// (migration 0029, ADR 0021). Every page and total must stay the one a plain <c>ORDER BY id</c> and <c>COUNT(*)</c>
/// give, whatever changed the accounts: each answer here is checked against those.
/// </summary>
public sealed class GetActiveUsersBlocksTests(MspApiFactory api) : UserFieldsApiTest(api)
{
    private const int BlockSize = 1024;

    /// <summary>
    /// Active end users of BP 2 besides jorge (955), spread over blocks 1, 2, 4, 9 and 10: block 1 ends at 2047 and
    /// block 10 starts at 10240. Some of BP 1's, a disabled one and a partner admin sit among them and must not count.
    /// </summary>
    private static readonly long[] SpreadIds = [.. Range(2000, 100), .. Range(5000, 10), 10239, 10240, 10241];

    [Fact]
    public async Task A_BP_spanning_several_blocks_gets_the_exact_page_at_every_offset_and_on_every_block_boundary()
    {
        await SpreadUsersAsync();
        var token = await TokenOf("lindau.admin");
        var expected = await ActiveIdsAsync(2);
        Assert.Equal(1 + SpreadIds.Length, expected.Count);

        // The offsets where a new block's first active user starts the page, and the ones next to them.
        var boundaries = Enumerable.Range(1, expected.Count - 1).Where(i => expected[i] / BlockSize != expected[i - 1] / BlockSize).ToArray();
        Assert.Equal(5, boundaries.Length);
        var offsets = boundaries.SelectMany(b => new[] { b - 1, b, b + 1 })
            .Concat([0, 1, expected.Count - 1, expected.Count, expected.Count + 7])
            .Distinct()
            .Order();
        foreach (var offset in offsets)
        {
            foreach (var limit in new[] { 1, 3, 100 })
            {
                await AssertPageAsync(token, 2, offset, limit, expected);
            }
        }

        await AssertPageAsync(token, 2, boundaries[1], 1000, expected);
        await AssertBlocksExactAsync();
    }

    [Fact]
    public async Task Without_paging_the_first_100_come_without_an_iterator()
    {
        await SpreadUsersAsync();
        var expected = await ActiveIdsAsync(2);

        var body = await ReadJson(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=2", await TokenOf("lindau.admin")));

        Assert.Equal(expected.Take(100), IdsOf(body));
        Assert.Null(body["iterator"]);
    }

    [Fact]
    public async Task Pages_and_totals_stay_exact_through_registrations_status_changes_deletes_and_a_move_to_another_BP()
    {
        await SpreadUsersAsync();
        var token = await TokenOf("lindau.admin");
        var admin = await TokenOf("admin");
        await AssertListsAsync(token, admin);

        await AssertBody(await PostAsync("/users/register", token, NewUser()), HttpStatusCode.OK, Done);
        var registered = (await AccountAsync("new.user"))!.Id;
        Assert.Equal(registered, (await ActiveIdsAsync(2))[^1]);
        await AssertListsAsync(token, admin);

        // The first user of block 2, so the block boundary moves.
        await AssertBody(await PutAsync("/users/disable/2048", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertListsAsync(token, admin);

        await AssertBody(await PutAsync("/users/active/2101", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertListsAsync(token, admin);

        await AssertBody(await PutAsync("/users/delete/10239", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertListsAsync(token, admin);

        await ExecuteSqlAsync("DELETE FROM accounts WHERE id = 5000");
        await AssertListsAsync(token, admin);

        await ExecuteSqlAsync("UPDATE accounts SET partner_id = 1 WHERE id = 2000");
        Assert.Contains(2000L, await ActiveIdsAsync(1));
        Assert.DoesNotContain(2000L, await ActiveIdsAsync(2));
        await AssertListsAsync(token, admin);

        await AssertBody(await PutAsync("/users/active/2048", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertListsAsync(token, admin);
        await AssertBlocksExactAsync();
    }

    [Fact]
    public async Task A_BP_whose_only_users_leave_by_a_move_answers_403_and_the_other_BP_counts_them()
    {
        var token = await TokenOf("lindau.admin");
        await ExecuteSqlAsync("UPDATE accounts SET partner_id = 1 WHERE id = 955");

        await AssertBody(await SendAsync(HttpMethod.Post, "/getActiveUsers?BPID=2", token), HttpStatusCode.Forbidden, """{"msg":"No user found"}""");
        await AssertPageAsync(await TokenOf("admin"), 1, 0, 100, await ActiveIdsAsync(1));
        Assert.Equal([955L, 1097, 1154], await ActiveIdsAsync(1));
    }

    [Fact]
    public async Task The_block_counts_equal_a_plain_count_after_a_mixed_batch_of_changes()
    {
        await AssertBlocksExactAsync();
        await SpreadUsersAsync();
        await AssertBlocksExactAsync();

        // Statements that change many accounts at once, across blocks, BPs, roles and statuses, and to and from no BP.
        await ExecuteSqlAsync("UPDATE accounts SET status = 0 WHERE id BETWEEN 2040 AND 2060");
        await ExecuteSqlAsync("UPDATE accounts SET status = 1 WHERE id BETWEEN 2050 AND 2055 OR id = 2101");
        await ExecuteSqlAsync("UPDATE accounts SET partner_id = 1 WHERE id BETWEEN 5000 AND 5004");
        await ExecuteSqlAsync("UPDATE accounts SET partner_id = NULL WHERE id IN (5005, 10239)");
        await ExecuteSqlAsync("UPDATE accounts SET partner_id = 2 WHERE id = 10239");
        await ExecuteSqlAsync("UPDATE accounts SET role_id = 3 WHERE id = 10240");
        await ExecuteSqlAsync("UPDATE accounts SET name = 'Renamed', partner_id = partner_id WHERE id BETWEEN 2000 AND 2010");
        await ExecuteSqlAsync("DELETE FROM accounts WHERE id BETWEEN 2090 AND 2099 OR id = 5009");
        await InsertAccountsAsync(null, [20000, 20001], status: 1);
        await InsertAccountsAsync(2, [20002], status: 2);
        await ExecuteSqlAsync("UPDATE accounts SET status = 1 WHERE partner_id = 2");

        await AssertBlocksExactAsync();
        await AssertPageAsync(await TokenOf("lindau.admin"), 2, 40, 50, await ActiveIdsAsync(2));
        await AssertPageAsync(await TokenOf("admin"), 1, 0, 100, await ActiveIdsAsync(1));
    }

    private static IEnumerable<long> Range(long first, int count) => Enumerable.Range(0, count).Select(i => first + i);

    private static IEnumerable<long> IdsOf(JsonNode page) =>
        page["data"]!.AsArray().Select(u => long.Parse(u!["userID"]!.GetValue<string>(), CultureInfo.InvariantCulture));

    /// <summary>The BP 2 users of <see cref="SpreadIds"/>, and around them ones that must not be listed.</summary>
    private async Task SpreadUsersAsync()
    {
        await InsertAccountsAsync(2, SpreadIds, status: 1);
        await InsertAccountsAsync(1, [2100, 1500, 10238], status: 1);
        await InsertAccountsAsync(2, [2101, 10237], status: 0);
        await InsertAccountsAsync(2, [2102], status: 1, role: 2);
    }

    /// <summary>Accounts with these ids, as jorge is but for the BP, status and role (4, end user, unless said).</summary>
    private async Task InsertAccountsAsync(long? partnerId, IEnumerable<long> ids, int status, int role = 4)
    {
        const string Insert = """
            INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, name, status, language_id, created_at, updated_at)
            SELECT @Id, @Role, @PartnerId, @Username, @Email, password_hash, @Name, @Status, language_id, created_at, updated_at
            FROM accounts WHERE id = 955
            """;
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(
            Api.Provider == DatabaseProvider.Sqlite ? Insert : $"SET IDENTITY_INSERT dbo.accounts ON; {Insert}; SET IDENTITY_INSERT dbo.accounts OFF;",
            ids.Select(id => new { Id = id, Role = role, PartnerId = partnerId, Username = $"block{id}", Email = $"block{id}@example.ch", Name = $"User {id}", Status = status }));
    }

    private async Task<List<long>> ActiveIdsAsync(long partnerId)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT id FROM accounts WHERE partner_id = @PartnerId AND role_id = 4 AND status = 1 ORDER BY id",
            new { PartnerId = partnerId })).AsList();
    }

    /// <summary>BP 2's pages at offsets on, before and after each block boundary, and BP 1's first page.</summary>
    private async Task AssertListsAsync(string partnerToken, string adminToken)
    {
        var expected = await ActiveIdsAsync(2);
        var boundaries = Enumerable.Range(1, expected.Count - 1).Where(i => expected[i] / BlockSize != expected[i - 1] / BlockSize);
        foreach (var offset in boundaries.SelectMany(b => new[] { b - 1, b }).Append(0).Append(expected.Count))
        {
            await AssertPageAsync(partnerToken, 2, offset, 2, expected);
        }

        await AssertPageAsync(partnerToken, 2, 0, 1000, expected);
        await AssertPageAsync(adminToken, 1, 0, 100, await ActiveIdsAsync(1));
    }

    /// <summary>The page's ids and iterator are those of <paramref name="expected"/>, the BP's active end users in id order.</summary>
    private async Task AssertPageAsync(string token, long partnerId, int offset, int limit, List<long> expected)
    {
        var path = FormattableString.Invariant($"/getActiveUsers?BPID={partnerId}&offset={offset}&limit={limit}");
        var body = await ReadJson(await SendAsync(HttpMethod.Post, path, token));

        Assert.True(expected.Skip(offset).Take(limit).SequenceEqual(IdsOf(body)), $"{path}: {body["data"]!.ToJsonString()}");
        var iterator = body["iterator"]!;
        Assert.Equal(
            (offset > 0, offset + limit < expected.Count, (long)expected.Count),
            (iterator["existsPrev"]!.GetValue<bool>(), iterator["existsNext"]!.GetValue<bool>(), iterator["count"]!.GetValue<long>()));
    }

    /// <summary>account_blocks holds exactly the non-empty counts a GROUP BY over the accounts gives.</summary>
    private async Task AssertBlocksExactAsync()
    {
        await using var connection = await Api.OpenAsync();
        var counted = (await connection.QueryAsync<(long, long, long, long, long)>(
            "SELECT partner_id, role_id, status, block, accounts FROM account_blocks ORDER BY partner_id, role_id, status, block")).AsList();
        var grouped = (await connection.QueryAsync<(long, long, long, long, long)>(
            """
            SELECT partner_id, role_id, status, id / 1024, COUNT(*)
            FROM accounts
            WHERE partner_id IS NOT NULL
            GROUP BY partner_id, role_id, status, id / 1024
            ORDER BY partner_id, role_id, status, id / 1024
            """)).AsList();

        Assert.NotEmpty(grouped);
        Assert.Equal(grouped, counted);
    }
}
