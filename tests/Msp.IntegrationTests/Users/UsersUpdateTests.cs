using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class UsersUpdateTests(MspApiFactory api) : UserFieldsApiTest(api)
{
    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("admin")]
    public async Task Only_the_given_fields_change(string login)
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "955", ["name"] = "Jorge Luis", ["Status_control"] = "5", ["Default_language"] = "it" };
        await AssertBody(await PostAsync("/users/update", await TokenOf(login), fields), HttpStatusCode.OK, Done);

        var account = await AccountAsync("jorge");
        Assert.Equal(("Jorge Luis", "Sanchez", "jorge.sanchez@casacom.ch", "+41783338763", 5L, "it"), (account!.Name, account.Lastname, account.Email, account.Telephone, account.StatusControl, account.Language));
    }

    [Fact]
    public async Task A_new_password_with_its_confirmation_is_hashed_and_ends_the_user_s_sessions()
    {
        var jorge = await TokenOf("jorge");
        var fields = new Dictionary<string, string> { ["User_id"] = "955", ["Password"] = "Jorge#2027", ["Password_confirmation"] = "Jorge#2027" };
        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);

        await AssertBody(await GetAsync("/getUserInfo", jorge), HttpStatusCode.OK, """{"msg":"The credentials you entered did not match our records"}""");
        var (token, _) = await LoginAsync("jorge", "Jorge#2027");
        Assert.NotEmpty(token);
    }

    [Fact]
    public async Task Services_replace_the_subscriptions_and_a_template_sends_no_welcome_to_an_existing_user()
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "955", ["Services"] = "5", ["Email_template_id"] = "1" };
        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);

        Assert.Equal([5L], await SubscriptionsAsync(955));
        Assert.Empty(await QueuedEmailsAsync());
    }

    [Theory]
    [InlineData("Password", "Jorge#2027")]
    [InlineData("Password", null)]
    public async Task A_password_without_its_confirmation_and_a_missing_User_id_are_Missing_parameters(string field, string? value)
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "955" };
        if (value is null)
        {
            fields.Remove("User_id");
            fields["name"] = "Jorge";
        }
        else
        {
            fields[field] = value;
        }

        await AssertBody(await PostAsync("/users/update", await TokenOf("admin"), fields), HttpStatusCode.Unauthorized, MissingParameters);
    }

    [Theory]
    [InlineData("Username", "antonio")]
    [InlineData("Email", "Antonio@Example.ch")]
    [InlineData("Services", "99")]
    [InlineData("Password_confirmation", "Jorge#2027")]
    [InlineData("Status", "5")]
    public async Task A_taken_or_malformed_value_is_Bad_parameters_and_changes_nothing(string field, string value)
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "955", ["name"] = "Changed", [field] = value };
        await AssertBody(await PostAsync("/users/update", await TokenOf("admin"), fields), HttpStatusCode.PaymentRequired, BadParameters);
        Assert.Equal("Jorge", (await AccountAsync("jorge"))!.Name);
    }

    [Theory]
    [InlineData("vzug.admin", "955")]
    [InlineData("lindau.admin", "1097")]
    [InlineData("admin", "99999")]
    [InlineData("admin", "921")]
    [InlineData("admin", "x")]
    [InlineData("jorge", "955")]
    [InlineData("docman", "955")]
    public async Task Another_BP_s_user_an_unknown_one_an_admin_account_and_other_callers_get_invalid_access(string login, string userId)
    {
        var fields = new Dictionary<string, string> { ["User_id"] = userId, ["name"] = "Changed" };
        await AssertBody(await PostAsync("/users/update", await TokenOf(login), fields), HttpStatusCode.Forbidden, InvalidAccess);
    }

    [Fact]
    public async Task A_partner_admin_cannot_move_its_user_to_another_BP()
    {
        var fields = new Dictionary<string, string> { ["User_id"] = "955", ["Partner_id"] = "1" };
        await AssertBody(await PostAsync("/users/update", await TokenOf("lindau.admin"), fields), HttpStatusCode.Forbidden, InvalidAccess);
        Assert.Equal(2L, (await AccountAsync("jorge"))!.PartnerId);
    }

    [Fact]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body()
    {
        await AssertBody(
            await PostAsync("/users/update", null, new Dictionary<string, string> { ["User_id"] = "955" }),
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client"}""");
    }
}
