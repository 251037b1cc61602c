using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Msp.Application.Common.Results;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Faults;

/// <summary>
/// The database failing under the API (issue 13 §3), on SQLite, whose file and lock a test can take away: a request
/// that cannot reach it gets the documented 500 body and leaves nothing half-written, readiness says so while it
/// lasts, and everything works again once the database is back, without a restart.
/// </summary>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    private readonly MspApiFactory _api = MspApiFactory.OnSqlite();

    public DatabaseFaultTests()
    {
        // A locked write fails after 1 s instead of the default 30.
        _api.With("ConnectionStrings:Msp", new SqliteConnectionStringBuilder(_api.ConnectionString) { Pooling = true, DefaultTimeout = 1 }.ToString());
    }

    public Task InitializeAsync() => ((IAsyncLifetime)_api).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_api).DisposeAsync();

    [Fact]
    public async Task While_another_process_holds_the_write_lock_writes_get_the_500_body_and_reads_go_on()
    {
        var token = (await _api.IssueTokensAsync("jorge")).Tokens.AccessToken;
        using var client = _api.CreateClient();
        var update = () => client.PostAsync($"/address/update?access_token={token}", Form(("addressID", "194"), ("name", "Locked out")));

        // getUserInfo answers 200 to a bad token too: the read under the lock must be jorge's whole profile, as before it.
        using var profile = await client.GetAsync($"/getUserInfo?access_token={token}");
        var jorge = await profile.Content.ReadAsStringAsync();
        Assert.Equal("955", JsonNode.Parse(jorge)!["user_info"]!["id"]!.GetValue<string>());

        await using (var other = await _api.OpenAsync())
        {
            await other.ExecuteAsync("BEGIN IMMEDIATE; UPDATE accounts SET updated_at = updated_at WHERE id = 955;");

            await AssertBody(await update(), HttpStatusCode.InternalServerError, ApiError.Unexpected.Body);
            await AssertBody(await client.GetAsync($"/getUserInfo?access_token={token}"), HttpStatusCode.OK, jorge);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.NotEqual("Locked out", await NameOfAddress194Async(other));

            await other.ExecuteAsync("ROLLBACK");
        }

        Assert.Equal(HttpStatusCode.OK, (await update()).StatusCode);
        await using var connection = await _api.OpenAsync();
        Assert.Equal("Locked out", await NameOfAddress194Async(connection));
    }

    [Fact]
    public async Task A_database_that_is_not_there_makes_the_instance_unready_and_its_return_makes_it_ready()
    {
        var token = (await _api.IssueTokensAsync("jorge")).Tokens.AccessToken;
        var folder = Path.Combine(Path.GetTempPath(), $"msp_gone_{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "msp.db");
        var lost = MspApiFactory.OnSqlite()
            .With("ConnectionStrings:Msp", $"Data Source={file}")
            .With("Database:MigrateOnStartup", "false");
        using var client = lost.CreateClient();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            await AssertBody(await client.GetAsync($"/getUserInfo?access_token={token}"), HttpStatusCode.InternalServerError, ApiError.Unexpected.Body);

            // Back: the volume mounted, the database restored.
            Directory.CreateDirectory(folder);
            await using (var source = (SqliteConnection)await _api.OpenAsync())
            await using (var restored = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await restored.OpenAsync();
                source.BackupDatabase(restored);
            }

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            var info = JsonNode.Parse(await (await client.GetAsync($"/getUserInfo?access_token={token}")).Content.ReadAsStringAsync())!;
            Assert.Equal("955", info["user_info"]!["id"]!.GetValue<string>());
        }
        finally
        {
            await lost.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<string> NameOfAddress194Async(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalarAsync<string>("SELECT name FROM addresses WHERE id = 194")!;

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task AssertBody(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
    }
}
