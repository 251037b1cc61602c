using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Users;

/// <summary>
/// Issue 23 §1, §2 and §7 on users/register and users/update, as an attacker with a partner admin's login tried them:
/// the welcome email is the registering caller's and counts toward its email quota, an update sends none, names carry
/// no forged lines or links, phone numbers are E.164 outside the SMS-pumping ranges, and probing which accounts exist
/// through the "taken" answer stops after a few (ADR 15).
/// </summary>
public sealed class UserFieldsAbuseTests(MspApiFactory api) : UserFieldsApiTest(api)
{
    private const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    [Fact]
    public async Task A_welcome_email_is_recorded_with_its_sender()
    {
        var fields = NewUser();
        fields["Email_template_id"] = "1";

        await AssertBody(await PostAsync("/users/register", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);

        var welcome = await OutboxRow.SingleAsync(Api);
        Assert.Equal(("new.user@example.ch", "Willkommen", 921L), (welcome.Recipient, welcome.Subject, welcome.SenderId));
    }

    [Fact]
    public async Task Past_the_callers_email_quota_a_registration_with_a_welcome_email_is_refused_and_nothing_stays()
    {
        await EarlierMessages.QueueAsync(Api, "email", "someone@example.org", senderId: 921, ago: TimeSpan.FromMinutes(20), count: 100);
        var fields = NewUser();
        fields["Email_template_id"] = "1";

        using var refused = await PostAsync("/users/register", await TokenOf("lindau.admin"), fields);

        await AssertBody(refused, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, (40 * 60) - 1, (40 * 60) + 1);
        Assert.Null(await AccountAsync("new.user"));
        Assert.Equal(100L, await CountAsync("SELECT COUNT(*) FROM outbox"));

        // Without a welcome email the registration sends nothing, and nothing counts.
        fields.Remove("Email_template_id");
        await AssertBody(await PostAsync("/users/register", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);
    }

    [Fact]
    public async Task An_update_with_a_new_email_and_a_template_changes_the_address_and_sends_nothing()
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "1154", ["Email"] = "victim@elsewhere.example", ["Email_template_id"] = "1" };

        for (var i = 0; i < 5; i++)
        {
            await AssertBody(await PostAsync("/users/update", await TokenOf("vzug.admin"), fields), HttpStatusCode.OK, Done);
        }

        Assert.Equal("victim@elsewhere.example", (await AccountAsync("antonio"))!.Email);
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Fact]
    public async Task An_update_still_answers_an_unknown_template_with_Bad_parameters()
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "1154", ["Email_template_id"] = "999" };

        await AssertBody(await PostAsync("/users/update", await TokenOf("vzug.admin"), fields), HttpStatusCode.PaymentRequired, BadParameters);
    }

    [Theory]
    [InlineData("name", "Anna\nYour account was suspended. Log in at https://evil.example")]
    [InlineData("name", "Anna\r\nBcc: everyone@example.org")]
    [InlineData("name", "Click https://evil.example now")]
    [InlineData("name", "Anna <a href=x>")]
    [InlineData("name", "Anna\u202Eevil")]
    [InlineData("name", "Anna\u0007")]
    [InlineData("Lastname", "Muster\nP.S. wire the rent to CH00")]
    [InlineData("Lastname", "mail@evil.example")]
    [InlineData("Username", "anna\u001b[2J")]
    [InlineData("Fiscal_number", "CHE-123\n456")]
    public async Task A_name_or_text_with_line_breaks_control_characters_or_a_link_is_Bad_parameters_on_register_and_update(string field, string value)
    {
        var registration = NewUser();
        registration["Email_template_id"] = "1";
        registration[field] = value;
        await AssertBody(await PostAsync("/users/register", await TokenOf("lindau.admin"), registration), HttpStatusCode.PaymentRequired, BadParameters);
        Assert.Null(await AccountAsync("new.user"));

        var update = new Dictionary<string, string> { ["User_id"] = "955", [field] = value };
        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), update), HttpStatusCode.PaymentRequired, BadParameters);
        Assert.Equal(("Jorge", "Sanchez"), ((await AccountAsync("jorge"))!.Name, (await AccountAsync("jorge"))!.Lastname));
        Assert.Empty(await OutboxRow.AllAsync(Api));
    }

    [Theory]
    [InlineData("Anne-Marie", "O'Brien")]
    [InlineData("Fam.", "Muster  VZUG")]
    [InlineData("Antonio2 José", "Jiménez")]
    [InlineData("Zoë", "Müller & Co")]
    [InlineData("محمد", "علی\u200Cزاده")]
    [InlineData("小林", "𠮷田")]
    public async Task Real_names_of_any_script_are_taken(string name, string lastname)
    {
        var fields = NewUser();
        fields["name"] = name;
        fields["Lastname"] = lastname;

        await AssertBody(await PostAsync("/users/register", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);

        Assert.Equal((name, lastname), ((await AccountAsync("new.user"))!.Name, (await AccountAsync("new.user"))!.Lastname));
    }

    [Theory]
    [InlineData("Mobil", "+8819999999999")]
    [InlineData("Mobil", "+882 1234 5678")]
    [InlineData("Mobil", "+979 123456789")]
    [InlineData("Mobil", "079 123 45 67")]
    [InlineData("Mobil", "+41 79 123 45 67 89 012")]
    [InlineData("Mobil", "+41791234567;+41791234568")]
    [InlineData("Telephone", "call me")]
    [InlineData("Telephone", "+0041791234567")]
    [InlineData("Fax", "+41 44\n123")]
    public async Task A_phone_number_that_is_not_E164_or_lies_in_a_denied_range_is_Bad_parameters(string field, string value)
    {
        var update = new Dictionary<string, string> { ["User_id"] = "955", [field] = value };

        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), update), HttpStatusCode.PaymentRequired, BadParameters);

        Assert.Equal("+41783338763", (await AccountAsync("jorge"))!.Telephone);
        Assert.Equal("+41783338763", await MobileOfAsync(955));
    }

    [Theory]
    [InlineData("+41 79 123 45 67", "+41791234567")]
    [InlineData("+41 (0)79-123.45.67", "+41791234567")]
    [InlineData("0041 79 123 45 67", "+41791234567")]
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    public async Task A_number_written_with_separators_00_or_the_trunk_zero_is_stored_in_E164(string written, string stored)
    {
        var update = new Dictionary<string, string> { ["User_id"] = "955", ["Mobil"] = written, ["Telephone"] = written };

        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), update), HttpStatusCode.OK, Done);

        Assert.Equal((stored, stored), (await MobileOfAsync(955), (await AccountAsync("jorge"))!.Telephone));
    }

    [Fact]
    public async Task A_caller_probing_which_usernames_exist_gets_the_429_after_its_hourly_taken_answers_whatever_it_sends()
    {
        var prober = await TokenOf("lindau.admin");
        for (var i = 0; i < 20; i++)
        {
            var taken = new Dictionary<string, string> { ["User_id"] = "955", ["Username"] = i % 2 == 0 ? "antonio" : "ADMIN" };
            await AssertBody(await PostAsync("/users/update", prober, taken), HttpStatusCode.PaymentRequired, BadParameters);
        }

        // The 21st probe and an innocent update alike: the answer no longer tells taken from free.
        var probe = new Dictionary<string, string> { ["User_id"] = "955", ["Email"] = "admin@vzug.example" };
        using var refusedProbe = await PostAsync("/users/update", prober, probe);
        await AssertBody(refusedProbe, HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.InRange(refusedProbe.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3500, 3600);
        var innocent = new Dictionary<string, string> { ["User_id"] = "955", ["name"] = "Jorge Luis" };
        await AssertBody(await PostAsync("/users/update", prober, innocent), HttpStatusCode.TooManyRequests, TooManyRequests);
        await AssertBody(await PostAsync("/users/register", prober, NewUser()), HttpStatusCode.TooManyRequests, TooManyRequests);
        Assert.Equal("Jorge", (await AccountAsync("jorge"))!.Name);

        // Another caller is not held back, and the prober's hour passes.
        await AssertBody(await PostAsync("/users/update", await TokenOf("admin"), innocent), HttpStatusCode.OK, Done);
        Api.Clock.Advance(TimeSpan.FromMinutes(61));
        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), new Dictionary<string, string> { ["User_id"] = "955", ["name"] = "Jorge" }), HttpStatusCode.OK, Done);
    }

    private async Task<string> MobileOfAsync(long userId)
    {
        await using var connection = await Api.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT mobil FROM accounts WHERE id = @Id", new { Id = userId }) ?? "";
    }
}
