using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>Spec 6.23: the caller's own profile, services and languages.</summary>
public sealed class GetUserInfoTests(MspApiFactory api) : AuthTest(api)
{
    [Fact]
    public async Task Demo_vzug_gets_the_spec_example_with_its_login_session()
    {
        Api.Clock.AdjustTime(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var login = await SignInAsync("demo.vzug", DemoVzugPassword);

        using var response = await GetAsync("/getUserInfo", login.AccessToken);
        var body = (await ReadJson(response)).AsObject();

        var expected = new JsonObject
        {
            ["validUntil"] = "2027-01-16 13:00:00",
            ["deviceSessionId"] = login.DeviceSessionId,
            ["user_info"] = SpecExamples.DemoVzugUserInfo(),
            ["subscribed_services"] = new JsonArray(3),
            ["available_services"] = new JsonArray(SpecExamples.DokumenteService()),
            ["available_languages"] = SpecExamples.Languages(),
        };
        AssertJsonEqual(expected, body);
        Assert.Equal(expected.Select(p => p.Key), body.Select(p => p.Key));
        // The same instant as login's, without the zone's abbreviation: the spec's 6.23 example prints none.
        Assert.Equal(login.Body["validUntil"]!.GetValue<string>(), body["validUntil"]!.GetValue<string>() + " CET");
    }

    [Fact]
    public async Task Jorge_sees_the_six_services_of_his_partner_and_its_branding()
    {
        var login = await SignInByUidAsync();

        using var response = await GetAsync("/getUserInfo", login.AccessToken);
        var body = (await ReadJson(response)).AsObject();

        Assert.Equal(login.DeviceSessionId, body["deviceSessionId"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", body["validUntil"]!.GetValue<string>());
        Assert.StartsWith(body["validUntil"]!.GetValue<string>() + " ", ValidUntilOfTokenIssuedNow(), StringComparison.Ordinal);
        AssertJsonEqual(new JsonArray(3, 4, 5, 6, 7, 8), body["subscribed_services"]);
        AssertJsonEqual(SpecExamples.Languages(), body["available_languages"]);

        var userInfo = body["user_info"]!.AsObject();
        AssertJsonEqual(SpecExamples.LindauPartner(), userInfo["partner"]);

        // As the spec's getBasicUserInfo example for 955 prints it. Its default_address_id ("9" there) depends on the
        // addresses, which docs/demo-data.md numbers differently; it is left to the address tests.
        var expectedUserInfo = JsonNode.Parse("""
            {
              "id": "955", "name": "Jorge", "lastname": "Sanchez", "email": "jorge.sanchez@casacom.ch", "gender": "male",
              "username": "jorge", "telephone": "+41783338763", "mobil": "+41783338763", "fax": "", "status": "1",
              "image": "http://esp-development.streamnow.ch/img/users/ef4e3b775c934dada217712d76f3d51f.jpg",
              "demo": "0", "payment_allowed": "", "language": "en", "bp_internal_number": ""
            }
            """)!.AsObject();
        foreach (var (name, value) in expectedUserInfo)
        {
            AssertJsonEqual(value!, userInfo[name]);
        }

        Assert.True(userInfo.ContainsKey("default_address_id"));
        Assert.Equal(expectedUserInfo.Count + 2, userInfo.Count);

        var services = body["available_services"]!.AsArray();
        Assert.Equal(["3", "4", "5", "6", "7", "8"], services.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(
            ["Dokumente", "Telefonie", "My Entertainment", "My Restaurant", "My VPN", "SW Dokumente"],
            services.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal([12, 13, 14, 14, 15, 12], services.Select(s => s!["category_id"]!.GetValue<int>()));
        Assert.All(services, s => Assert.True(s!["usable"]!.GetValue<bool>()));
        AssertJsonEqual(SpecExamples.DokumenteService(), services[0]);
        var keys = SpecExamples.DokumenteService().Select(p => p.Key).ToList();
        Assert.All(services, s => Assert.Equal(keys, s!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task The_cookie_answers_with_its_own_session()
    {
        var login = await SignInByUidAsync();

        using var response = await GetAsync("/getUserInfo", cookie: login.Cookie);
        var body = await ReadJson(response);

        Assert.Equal(login.DeviceSessionId, body["deviceSessionId"]!.GetValue<string>());
        Assert.Equal("955", body["user_info"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_unknown_or_expired_token_gets_the_documented_200()
    {
        await AssertRejectedAsync();
        await AssertRejectedAsync(new string('A', 40));
        await AssertRejectedAsync(cookie: new string('A', 40));
        await AssertBody(await GetAsync("/getUserInfo?access_token=nonsense"), HttpStatusCode.OK, AuthBodies.NoMatch);

        var login = await SignInByUidAsync();
        Api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await AssertRejectedAsync(login.AccessToken);
        await AssertRejectedAsync(cookie: login.Cookie);
    }

    [Fact]
    public async Task The_token_of_an_account_disabled_since_it_logged_in_no_longer_works()
    {
        var login = await SignInByUidAsync();

        await ScalarAsync("UPDATE accounts SET status = 0 WHERE id = 955");

        await AssertRejectedAsync(login.AccessToken);
        await AssertRejectedAsync(cookie: login.Cookie);
    }
}
