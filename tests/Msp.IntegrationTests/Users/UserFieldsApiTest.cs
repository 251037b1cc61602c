using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

/// <summary>users/register and users/update tests: the form they post and a look at what the database then holds.</summary>
public abstract class UserFieldsApiTest(MspApiFactory api) : UsersApiTest(api)
{
    protected const string Done = """{"msg":"Ok"}""";

    protected const string MissingParameters = """{"msg":"Missing parameters"}""";

    protected const string BadParameters = """{"msg":"Bad parameters"}""";

    protected const string InvalidAccess = """{"msg":"invalid access"}""";

    /// <summary>A complete registration in BP 2 (lindaufiber), which offers services 3 to 8.</summary>
    protected static Dictionary<string, string> NewUser(string username = "new.user", string email = "new.user@example.ch") => new()
    {
        ["name"] = "Anna",
        ["Partner_id"] = "2",
        ["Lastname"] = "Muster",
        ["Username"] = username,
        ["Email"] = email,
        ["Password"] = "Anna#2026",
        ["Password_confirmation"] = "Anna#2026",
        ["Default_language"] = "De",
    };

    protected Task<HttpResponseMessage> PostAsync(string path, string? token, IDictionary<string, string> fields) =>
        SendAsync(HttpMethod.Post, path, token, Form([.. fields.Select(f => (f.Key, f.Value))]));

    protected async Task<AccountRow?> AccountAsync(string username)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<AccountRow>(
            """
            SELECT a.id AS Id, a.partner_id AS PartnerId, a.role_id AS RoleId, a.email AS Email, a.name AS Name, a.lastname AS Lastname,
                   a.gender AS Gender, a.telephone AS Telephone, a.status AS Status, a.demo AS Demo, a.status_control AS StatusControl,
                   l.iso AS Language
            FROM accounts a JOIN languages l ON l.id = a.language_id
            WHERE a.username = @Username
            """,
            new { Username = username });
    }

    protected async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    protected async Task<List<long>> SubscriptionsAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<long>("SELECT service_id FROM subscriptions WHERE account_id = @Id ORDER BY service_id", new { Id = userId })).ToList();
    }

    protected async Task<List<(string Recipient, string Subject, string Body)>> QueuedEmailsAsync()
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<(string, string, string)>("SELECT recipient, subject, body FROM outbox WHERE channel = 'email' ORDER BY id")).ToList();
    }

    protected sealed record AccountRow(
        long Id, long? PartnerId, long RoleId, string Email, string Name, string Lastname, string Gender, string Telephone, long Status, long Demo, long StatusControl, string Language);
}
