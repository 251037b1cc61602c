using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

/// <summary>The Users tests' common ground: demo callers by login name, authenticated requests, a look at the accounts table.</summary>
[Collection(AccountsApiCollection.Name)]
public abstract class UsersApiTest(MspApiFactory api) : ApiTest(api)
{
    public const long Nobody = 99999;

    protected static string PasswordOf(string login) => DemoPasswords.Of(login);

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    protected Task<HttpResponseMessage> PutAsync(string path, string? token) => SendAsync(HttpMethod.Put, path, token);

    protected async Task<int> AccountStatusAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM accounts WHERE id = @Id";
        var id = command.CreateParameter();
        id.ParameterName = "@Id";
        id.Value = userId;
        command.Parameters.Add(id);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected async Task ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Api.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
