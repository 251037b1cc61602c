using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

/// <summary>What the address tests share: the demo callers, authenticated requests, and direct looks at the table.</summary>
public abstract class AddressesTest(MspApiFactory api) : ApiTest(api)
{
    /// <summary>User 955's address of docs/demo-data.md, which is also its default address.</summary>
    protected const long JorgeHome = 194;

    protected const string UnauthorizedClient = """{"error":"unauthorized_client"}""";

    protected const string MissingParameters = """{"msg":"Missing parameters"}""";

    protected const string BadParameters = """{"msg":"Bad parameters"}""";

    /// <summary>
    /// The tenant-scope cases of the write operations (create, update, delete: E own, P, A): caller, the user whose
    /// address is touched, and whether the caller may.
    /// </summary>
    public static TheoryData<string, long, bool> WriteScope => new()
    {
        { "jorge", 955, true },         // end user, itself
        { "demo.vzug", 1154, false },   // end user, another user of its BP
        { "demo.vzug", 955, false },    // end user, a user of another BP
        { "lindau.admin", 955, true },  // partner admin, a user of its BP
        { "vzug.admin", 955, false },   // partner admin, a user of another BP
        { "comlite", 955, false },      // service, a subscribed user: services do not write addresses
        { "comlite", 1097, false },     // service, a user not subscribed to it
        { "admin", 955, true },         // platform admin
    };

    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>An address put straight into the table, for tests of operations other than create.</summary>
    protected async Task<long> InsertAddressAsync(long ownerId)
    {
        await using var connection = await Api.OpenAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(
            """
            INSERT INTO addresses (account_id, name, street_address, city, created_at, updated_at)
            VALUES (@OwnerId, 'Test', 'Teststrasse', 'Zug', @Now, @Now)
            """,
            new { OwnerId = ownerId, Now = now });
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM addresses");
    }

    protected async Task<T?> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters);
    }

    protected async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    protected async Task<long> CountAddressesAsync() => await ScalarAsync<long>("SELECT COUNT(*) FROM addresses");

    /// <summary>The clock as a record time on the wire: whole seconds, UTC.</summary>
    protected string WireNow() => Api.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The user's addresses as addressList shows them to <paramref name="token"/>'s caller.</summary>
    protected async Task<JsonArray> ListAsync(string token, long userId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/address/list?userID={userId}", token);
        return (await ReadJson(response))["data"]!.AsArray();
    }

    protected static void AssertJson(JsonNode actual, string expectedJson) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), actual), $"Expected {expectedJson}\nActual   {actual.ToJsonString()}");

    protected static JsonObject AddressIn(JsonArray addresses, long id) =>
        addresses.Select(a => a!.AsObject()).Single(a => a["id"]!.GetValue<string>() == id.ToString(CultureInfo.InvariantCulture));
}
