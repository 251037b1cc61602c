using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Msp.Bench.Floor;

// getUserInfo with no layers: no mediator, behaviors, scoped services or parameter binding; an open connection per
// request with its statements prepared once (the reuse the API has, ADR 11), rows mapped by Dapper's row parsers. The
// host is the API's (CreateBuilder, no Server header), so the difference is the API's own layers.
// SQLite as the API configures it (SqliteLibrary): no memory statistics, so no process-wide mutex on every allocation.
SQLitePCL.Batteries_V2.Init();
_ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
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

var prepared = new PreparedStatements(connectionString);
var app = builder.Build();
app.MapGet("/floor/getUserInfo", async (HttpContext http) =>
{
    var authorization = http.Request.Headers.Authorization.ToString();
    if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    using var statements = prepared.Take();
    var callerQuery = statements.Command(FloorSql.CallerByToken, "@Hash", "@Now");
    callerQuery.Parameters[0].Value = Sha256Hex(authorization["Bearer ".Length..].Trim());
    callerQuery.Parameters[1].Value = DateTime.UtcNow;
    CallerRow? caller;
    await using (var reader = await callerQuery.ExecuteReaderAsync(http.RequestAborted))
    {
        caller = await reader.ReadAsync(http.RequestAborted) ? reader.GetRowParser<CallerRow>()(reader) : null;
    }

    if (caller is null)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    var profileQuery = statements.Command(FloorSql.Profile, "@UserId");
    profileQuery.Parameters[0].Value = caller.UserId;
    UserInfo user;
    List<long> subscribed;
    List<AvailableService> services;
    List<AvailableLanguage> languages;
    await using (var reader = await profileQuery.ExecuteReaderAsync(http.RequestAborted))
    {
        user = (await ReadAllAsync<UserInfo>(reader)).Single();
        await reader.NextResultAsync();
        user.Partner = (await ReadAllAsync<Partner>(reader)).SingleOrDefault();
        await reader.NextResultAsync();
        subscribed = await ReadAllAsync<long>(reader);
        await reader.NextResultAsync();
        services = await ReadAllAsync<AvailableService>(reader);
        await reader.NextResultAsync();
        languages = await ReadAllAsync<AvailableLanguage>(reader);
        await reader.NextResultAsync();
        _ = await ReadAllAsync<ServiceCategory>(reader);
    }

    var sessionQuery = statements.Command(FloorSql.NewestSessionId, "@TokenId");
    sessionQuery.Parameters[0].Value = caller.AccessTokenId;
    var session = await sessionQuery.ExecuteScalarAsync(http.RequestAborted) as string ?? "";
    var body = new UserInfoBody(ValidUntil(caller.ExpiresAt), session, user, subscribed, services, languages);
    http.Response.ContentType = "application/json; charset=utf-8";
    await JsonSerializer.SerializeAsync(http.Response.Body, body, json, http.RequestAborted);
});
await app.RunAsync();

static string Sha256Hex(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

string ValidUntil(DateTime utc) =>
    TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

static async Task<List<T>> ReadAllAsync<T>(System.Data.Common.DbDataReader reader)
{
    var parse = reader.GetRowParser<T>();
    var rows = new List<T>();
    while (await reader.ReadAsync())
    {
        rows.Add(parse(reader));
    }

    return rows;
}
