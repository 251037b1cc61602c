using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams.MyVpn;

/// <summary>Spec 9.1–9.6 on the default test host, whose My VPN is the Development sandbox.</summary>
public sealed class MyVpnTests(MspApiFactory api) : ApiTest(api)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/myvpn/getCamsByUser" },
        { "POST", "/myvpn/getCertificates?Device=STB-0955-0001" },
        { "GET", "/myvpn/getContact" },
        { "GET", "/myvpn/getContactAvatar" },
        { "POST", "/myvpn/setCamServiceByUser" },
        { "POST", "/myvpn/unsetCamServiceByUser" },
    };

    [Fact]
    public async Task Subscriber_955_gets_the_sandbox_answers()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync("GET", "/myvpn/getCamsByUser", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "cams"));
        using (var request = RelayWire.Request(HttpMethod.Post, "/myvpn/getCertificates", token))
        {
            request.Content = Form(("Device", "STB-0955-0001"));
            await AssertBody(await Client.SendAsync(request), HttpStatusCode.OK, RelayWire.Example("MyVpn", "certificates"));
        }

        await AssertBody(await SendAsync("POST", "/myvpn/setCamServiceByUser", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "set"));
        await AssertBody(await SendAsync("POST", "/myvpn/unsetCamServiceByUser", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "unset"));
        await AssertBody(await SendAsync("GET", "/myvpn/getContact", token), HttpStatusCode.OK, RelayWire.Example("MyVpn", "contact"));
    }

    [Fact]
    public async Task The_contact_s_picture_is_a_JPEG()
    {
        using var response = await SendAsync("GET", "/myvpn/getContactAvatar", await TokenOf("jorge"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RelayWire.ExampleBytes("MyVpn", "avatar.jpg"), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("GET", "/myvpn/getCamsByUser")]
    [InlineData("POST", "/myvpn/getCertificates?Device=STB-1154-0001")]
    [InlineData("POST", "/myvpn/setCamServiceByUser")]
    [InlineData("POST", "/myvpn/unsetCamServiceByUser")]
    public async Task A_subscriber_My_VPN_does_not_know_gets_id_not_found(string method, string uri)
    {
        await ExecuteAsync("INSERT INTO subscriptions (account_id, service_id, created_at) VALUES (1154, 7, @Now)", new { Now = DateTime.UtcNow });

        await AssertBody(await SendAsync(method, uri, await TokenOf("antonio")), HttpStatusCode.OK, RelayWire.IdNotFound);
    }

    [Theory]
    [InlineData("/myvpn/getCertificates", """{"msg":"Missing parameters"}""")]
    [InlineData("/myvpn/getCertificates?Device=", """{"msg":"Missing parameters"}""")]
    [InlineData("/myvpn/getCertificates?Device=a%0Ab", """{"msg":"Bad parameters"}""")]
    public async Task getCertificates_needs_a_Device(string uri, string body)
    {
        await AssertBody(await SendAsync("POST", uri, await TokenOf("jorge")), HttpStatusCode.BadRequest, body);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Only_subscribers_of_the_active_service_are_answered(string method, string uri)
    {
        await AssertBody(await SendAsync(method, uri, await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await SendAsync(method, uri, await TokenOf("lindau.admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await SendAsync(method, uri, await TokenOf("comlite")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await SendAsync(method, uri, await TokenOf("admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await SendAsync(method, uri, null), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await SendAsync(method, uri, new string('x', 40)), HttpStatusCode.BadRequest, RelayWire.Unauthorized);

        var jorge = await TokenOf("jorge");
        await ExecuteAsync("UPDATE services SET active = 0 WHERE upstream = 'My VPN'", null);
        await AssertBody(await SendAsync(method, uri, jorge), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string uri, string? token)
    {
        using var request = RelayWire.Request(new HttpMethod(method), uri, token);
        return await Client.SendAsync(request);
    }

    private async Task ExecuteAsync(string sql, object? param)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(sql, param);
    }
}
