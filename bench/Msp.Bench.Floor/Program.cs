using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Msp.Bench.Floor;

// getUserInfo with no layers: no mediator, behaviors, scoped services or parameter binding; one pooled connection per
// request. The host is the API's (CreateBuilder, no Server header), so the difference is the API's own layers.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var connectionString = builder.Configuration.GetConnectionString("Msp")
    ?? throw new InvalidOperationException("Set ConnectionStrings:Msp to the API's SQLite database.");
var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
{
    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};

var app = builder.Build();
app.MapGet("/floor/getUserInfo", async (HttpContext http) =>
{
    var authorization = http.Request.Headers.Authorization.ToString();
    if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(http.RequestAborted);
    var caller = await connection.QuerySingleOrDefaultAsync<CallerRow>(
        FloorSql.CallerByToken,
        new { Hash = Sha256Hex(authorization["Bearer ".Length..].Trim()), Now = DateTime.UtcNow });
    if (caller is null)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    UserInfo user;
    List<long> subscribed;
    List<AvailableService> services;
    List<AvailableLanguage> languages;
    using (var grid = await connection.QueryMultipleAsync(FloorSql.Profile, new { caller.UserId }))
    {
        user = await grid.ReadSingleAsync<UserInfo>();
        user.Partner = await grid.ReadSingleOrDefaultAsync<Partner>();
        subscribed = (await grid.ReadAsync<long>()).AsList();
        services = (await grid.ReadAsync<AvailableService>()).AsList();
        languages = (await grid.ReadAsync<AvailableLanguage>()).AsList();
        _ = (await grid.ReadAsync<ServiceCategory>()).AsList();
    }

    var session = await connection.QuerySingleOrDefaultAsync<string>(FloorSql.NewestSessionId, new { TokenId = caller.AccessTokenId }) ?? "";
    var body = new UserInfoBody(ValidUntil(caller.ExpiresAt), session, user, subscribed, services, languages);
    http.Response.ContentType = "application/json; charset=utf-8";
    await JsonSerializer.SerializeAsync(http.Response.Body, body, json, http.RequestAborted);
});
await app.RunAsync();

static string Sha256Hex(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

string ValidUntil(DateTime utc) =>
    TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
