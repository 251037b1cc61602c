using System.Net;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Audit;

/// <summary>
/// GET /audit/list (issue 27): the msp admin sees every event; a partner admin those its BP's accounts did and those done
/// to its BP's users, nothing else; anyone else the unauthorized body. Newest first, filtered and paged like every list.
/// </summary>
public sealed class AuditListTests(MspApiFactory api) : ApiTest(api)
{
    private const string Unauthorized = """{"error":"unauthorized_client"}""";

    [Fact]
    public async Task The_msp_admin_sees_every_event_newest_first_and_a_partner_admin_only_its_BP_s()
    {
        await RecordEventsAsync();

        var all = await ListAsync("admin", "");
        Assert.Equal(["sendSms", "usersDisable", "usersDisable"], Operations(all));

        // lindau.admin: what it did (disable 955) and what docman did to its user 955 (the SMS); not V-ZUG's.
        var lindau = await ListAsync("lindau.admin", "");
        Assert.Equal([("sendSms", "955"), ("usersDisable", "955")], Rows(lindau).Select(r => (r["operation"]!.GetValue<string>(), r["user_id"]!.GetValue<string>())));

        var vzug = await ListAsync("vzug.admin", "");
        Assert.Equal([("usersDisable", "896")], Rows(vzug).Select(r => (r["operation"]!.GetValue<string>(), r["user_id"]!.GetValue<string>())));
        Assert.DoesNotContain(Rows(vzug), r => r["user_id"]!.GetValue<string>() == "955" || r["actor_id"]!.GetValue<string>() == "921");
    }

    [Fact]
    public async Task Filters_by_actor_user_operation_and_time_and_pages_with_an_iterator()
    {
        await RecordEventsAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(["sendSms"], Operations(await ListAsync("admin", "&actorId=910")));
        Assert.Equal(["sendSms", "usersDisable"], Operations(await ListAsync("admin", "&userId=955")));
        Assert.Equal(["usersDisable", "usersDisable"], Operations(await ListAsync("admin", "&operation=usersDisable")));
        Assert.Empty(Rows(await ListAsync("admin", $"&from={now.AddMinutes(1):yyyy-MM-dd HH:mm:ss}")));
        Assert.Equal(3, Rows(await ListAsync("admin", $"&from={now:yyyy-MM-dd}&until={now.AddDays(1):yyyy-MM-dd}")).Count);

        var page = await ListAsync("admin", "&offset=1&limit=1");
        Assert.Equal("usersDisable", Operations(page).Single());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"existsPrev":true,"existsNext":true,"count":3}"""), page["iterator"]));
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("docman")]
    [InlineData(null)]
    public async Task Anyone_but_a_partner_admin_or_the_msp_admin_gets_the_unauthorized_body(string? login)
    {
        var token = login is null ? "" : await TokenOf(login);

        await AssertBody(await Client.GetAsync($"/audit/list?access_token={token}"), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("actorId=abc")]
    [InlineData("userId=0")]
    [InlineData("from=yesterday")]
    [InlineData("until=2026-13-01")]
    public async Task A_malformed_filter_is_bad_parameters(string filter)
    {
        await AssertBody(await Client.GetAsync($"/audit/list?access_token={await TokenOf("admin")}&{filter}"), HttpStatusCode.BadRequest, """{"msg":"Bad parameters"}""");
    }

    /// <summary>lindau.admin disables 955, vzug.admin disables 896, docman texts 955: three events, in that order.</summary>
    private async Task RecordEventsAsync()
    {
        using (var lindau = await Client.PutAsync($"/users/disable/955?access_token={await TokenOf("lindau.admin")}", null))
        {
            Assert.Equal(HttpStatusCode.OK, lindau.StatusCode);
        }

        using (var vzug = await Client.PutAsync($"/users/disable/896?access_token={await TokenOf("vzug.admin")}", null))
        {
            Assert.Equal(HttpStatusCode.OK, vzug.StatusCode);
        }

        using var sms = await Client.GetAsync($"/sendSMS?access_token={await TokenOf("docman")}&User_ID=955&Text=Hello");
        Assert.Equal(HttpStatusCode.OK, sms.StatusCode);
    }

    private async Task<JsonNode> ListAsync(string login, string query) =>
        await ReadJson(await Client.GetAsync($"/audit/list?access_token={await TokenOf(login)}{query}"));

    private static List<JsonNode> Rows(JsonNode list) => list["data"]!.AsArray().Select(r => r!).ToList();

    private static List<string> Operations(JsonNode list) => Rows(list).Select(r => r["operation"]!.GetValue<string>()).ToList();
}
