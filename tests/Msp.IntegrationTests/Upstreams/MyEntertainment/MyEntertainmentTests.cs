using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams.MyEntertainment;

/// <summary>Spec 7.1–7.3 on the default test host, whose My Entertainment is the Development sandbox.</summary>
public sealed class MyEntertainmentTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Subscriber_955_gets_the_spec_examples()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await GetAsync("/myentertainment/getContact", token), HttpStatusCode.OK, RelayWire.Example("MyEntertainment", "contact"));
        await AssertBody(await GetAsync("/myentertainment/getCredentials", token), HttpStatusCode.OK, RelayWire.Example("MyEntertainment", "credentials"));
        using var request = RelayWire.Request(HttpMethod.Post, "/myentertainment/getCredentials/?access_token=" + token, null);
        await AssertBody(await Client.SendAsync(request), HttpStatusCode.OK, RelayWire.Example("MyEntertainment", "credentials"));
    }

    [Fact]
    public async Task The_contact_s_picture_is_a_JPEG()
    {
        using var response = await GetAsync("/myentertainment/getContactAvatar", await TokenOf("jorge"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RelayWire.ExampleBytes("MyEntertainment", "avatar.jpg"), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/myentertainment/getContact")]
    [InlineData("/myentertainment/getContactAvatar")]
    [InlineData("/myentertainment/getCredentials")]
    public async Task Only_subscribers_of_the_active_service_are_answered(string uri)
    {
        await AssertBody(await GetAsync(uri, await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, await TokenOf("lindau.admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, await TokenOf("docman")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, await TokenOf("admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, null), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, new string('x', 40)), HttpStatusCode.BadRequest, RelayWire.Unauthorized);

        var jorge = await TokenOf("jorge");
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE services SET active = 0 WHERE upstream = 'My Entertainment'");
        }

        await AssertBody(await GetAsync(uri, jorge), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
    }

    private async Task<HttpResponseMessage> GetAsync(string uri, string? token)
    {
        using var request = RelayWire.Request(HttpMethod.Get, uri, token);
        return await Client.SendAsync(request);
    }
}
