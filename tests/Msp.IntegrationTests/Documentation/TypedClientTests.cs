using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Msp.Client;
using Msp.Client.Models;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// A consumer's first hour, with the typed client Kiota generates from the published document (clients/Msp.Client,
/// scripts/generate-client.sh, ADR 29), against the API on real Kestrel and the demo data: sign in, read the profile's
/// typed fields, page through a list with its iterator, read a documented failure as a typed error, refresh, sign out.
/// And the client cannot drift: the document it was generated from is the one the API serves.
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class TypedClientTests(KestrelApi host) : IAsyncLifetime
{
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await host.Api.ResetAsync();
        _http = host.Api.CreateClient();
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Login_profile_a_page_a_typed_error_refresh_and_logout_through_the_generated_client()
    {
        var anonymous = Client(token: null);
        var login = await anonymous.Auth.Login.PostAsync(new LoginRequest { Email = "jorge", Password = DemoPasswords.Of("jorge"), Source = "App" });
        Assert.Equal(40, login!.AccessToken!.Length);
        Assert.Equal(("955", "Jorge", "lindaufiber"), (login.UserInfo!.Id, login.UserInfo.Name, login.UserInfo.Partner!.Company));

        var jorge = Client(login.AccessToken);
        // getUserInfo answers a bad token with a 200 too (spec 6.23): the client reads whichever of the two it got.
        var profile = (await jorge.GetUserInfo.GetAsync())!.UserInfoResponse!;
        Assert.Equal("jorge.sanchez@casacom.ch", profile.UserInfo!.Email);
        Assert.Equal([3, 4, 5, 6, 7, 8], profile.SubscribedServices!.Select(id => (int)id!).Order());

        var lindau = Client((await anonymous.Auth.Login.PostAsync(new LoginRequest { Email = "lindau.admin", Password = DemoPasswords.Of("lindau.admin") }))!.AccessToken);
        var page = await lindau.GetActiveUsers.PostAsync(new GetActiveUsersRequest { Bpid = 2, Offset = 0, Limit = 1 });
        Assert.Equal("955", Assert.Single(page!.Data!).UserID);
        Assert.Equal((false, false, 1L), (page.Iterator!.ExistsPrev, page.Iterator.ExistsNext, page.Iterator.Count));

        var wrong = await Assert.ThrowsAsync<ErrorBody>(() => anonymous.Auth.Login.PostAsync(new LoginRequest { Email = "jorge", Password = "not-the-password" }));
        Assert.Equal((401, "Incorrect username or password."), (wrong.ResponseStatusCode, wrong.Error));

        var refreshed = await jorge.RefreshToken.GetAsync(request => request.Headers.Add("Refresh-Token", login.RefreshToken!));
        Assert.NotEqual(login.AccessToken, refreshed!.Newtoken);
        Assert.Equal(40, refreshed.Newrefreshtoken!.Length);

        var loggedOut = await Client(refreshed.Newtoken).Auth.Logout.GetAsync();
        Assert.Equal("Logout OK", loggedOut!.Msg);
    }

    [Fact]
    public async Task The_client_was_generated_from_the_document_the_API_serves()
    {
        var served = JsonNode.Parse(await _http.GetStringAsync("/openapi/v1.json"))!;
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFolder.At("clients/openapi.json")))!;
        served["servers"] = checkedIn["servers"]!.DeepClone();

        Assert.True(
            JsonNode.DeepEquals(served, checkedIn),
            "clients/openapi.json is not the document the API serves: run scripts/generate-client.sh and commit clients/.");
    }

    private MspClient Client(string? token)
    {
        var authentication = token is null ? (IAuthenticationProvider)new AnonymousAuthenticationProvider() : new BearerToken(token);
        return new MspClient(new HttpClientRequestAdapter(authentication, httpClient: _http) { BaseUrl = _http.BaseAddress!.ToString().TrimEnd('/') });
    }

    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(Microsoft.Kiota.Abstractions.RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        }
    }
}
