using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Msp.Infrastructure.Persistence;

namespace Msp.IntegrationTests.Users;

public sealed class UsersRegisterTests(MspApiFactory api) : UserFieldsApiTest(api)
{
    [Fact]
    public async Task A_partner_admin_registers_an_end_user_with_subscriptions_and_a_queued_welcome_email()
    {
        var fields = NewUser();
        fields["Services"] = "3, 4";
        fields["Email_template_id"] = "1";
        fields["Gender"] = "Female";
        fields["Telephone"] = "+41441234567";
        fields["Status_control"] = "4";

        await AssertBody(await PostAsync("/users/register", await TokenOf("lindau.admin"), fields), HttpStatusCode.OK, Done);

        var account = await AccountAsync("new.user");
        Assert.NotNull(account);
        Assert.Equal((2L, 4L, "new.user@example.ch", "Anna", "Muster", "female", "+41441234567"), (account.PartnerId!.Value, account.RoleId, account.Email, account.Name, account.Lastname, account.Gender, account.Telephone));
        Assert.Equal((1L, 0L, 4L, "de"), (account.Status, account.Demo, account.StatusControl, account.Language));
        Assert.Equal([3L, 4L], await SubscriptionsAsync(account.Id));
        var email = Assert.Single(await QueuedEmailsAsync());
        Assert.Equal(("new.user@example.ch", "Willkommen"), (email.Recipient, email.Subject));
        Assert.Contains("Anna Muster", email.Body, StringComparison.Ordinal);
        Assert.Contains("new.user", email.Body, StringComparison.Ordinal);

        // The password is hashed like every other: the new user signs in with it.
        var (token, _) = await LoginAsync("new.user", "Anna#2026");
        Assert.NotEmpty(token);
    }

    [Fact]
    public async Task The_msp_admin_registers_anywhere_with_the_defaults_and_no_email_without_a_template()
    {
        var fields = NewUser();
        fields["Partner_id"] = "1";
        fields["Default_language"] = "en";

        await AssertBody(await PostAsync("/users/register", await TokenOf("admin"), fields), HttpStatusCode.OK, Done);

        var account = await AccountAsync("new.user");
        Assert.Equal((1L, 1L, 0L, 0L, "en"), (account!.PartnerId!.Value, account.Status, account.Demo, account.StatusControl, account.Language));
        Assert.Empty(await SubscriptionsAsync(account.Id));
        Assert.Empty(await QueuedEmailsAsync());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("Partner_id")]
    [InlineData("Lastname")]
    [InlineData("Username")]
    [InlineData("Email")]
    [InlineData("Password")]
    [InlineData("Password_confirmation")]
    [InlineData("Default_language")]
    public async Task A_missing_required_field_is_Missing_parameters(string missing)
    {
        var fields = NewUser();
        fields.Remove(missing);
        await AssertBody(await PostAsync("/users/register", await TokenOf("admin"), fields), HttpStatusCode.Unauthorized, MissingParameters);
        Assert.Null(await AccountAsync("new.user"));
    }

    [Theory]
    [InlineData("Email", "not-an-email")]
    [InlineData("Email", "JORGE.SANCHEZ@casacom.ch")]
    [InlineData("Username", "Jorge")]
    [InlineData("Username", "someone@example.ch")]
    [InlineData("Username", "two words")]
    [InlineData("Default_language", "xx")]
    [InlineData("Default_language", "German")]
    [InlineData("Password", "12345")]
    [InlineData("Password_confirmation", "Anna#2027")]
    [InlineData("Services", "3,9")]
    [InlineData("Services", "3,x")]
    [InlineData("Status_control", "6")]
    [InlineData("Status", "2")]
    [InlineData("Demo", "yes")]
    [InlineData("Email_template_id", "99")]
    [InlineData("Email_template_id", "one")]
    [InlineData("Gender", "other")]
    [InlineData("Dob", "31.12.1980")]
    [InlineData("Partner_id", "999")]
    [InlineData("Partner_id", "0")]
    public async Task A_malformed_taken_or_unknown_value_is_Bad_parameters(string field, string value)
    {
        var fields = NewUser(username: "new.user");
        fields[field] = value;
        await AssertBody(await PostAsync("/users/register", await TokenOf("admin"), fields), HttpStatusCode.PaymentRequired, BadParameters);
        Assert.Null(await AccountAsync("new.user"));
    }

    [Fact]
    public async Task A_service_BP_1_does_not_offer_is_Bad_parameters_there()
    {
        var fields = NewUser();
        fields["Partner_id"] = "1";
        fields["Services"] = "4";
        await AssertBody(await PostAsync("/users/register", await TokenOf("vzug.admin"), fields), HttpStatusCode.PaymentRequired, BadParameters);
    }

    [Theory]
    [InlineData("vzug.admin")]
    [InlineData("jorge")]
    [InlineData("comlite")]
    public async Task Another_BP_s_admin_end_users_and_services_get_invalid_access(string login)
    {
        await AssertBody(await PostAsync("/users/register", await TokenOf(login), NewUser()), HttpStatusCode.Forbidden, InvalidAccess);
        Assert.Null(await AccountAsync("new.user"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_live_token_the_answer_is_the_unauthorized_body(string? token)
    {
        await AssertBody(await PostAsync("/users/register", token, NewUser()), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }

    [Fact]
    public async Task Twenty_registrations_of_one_username_at_once_give_exactly_one_Ok()
    {
        var token = await TokenOf("admin");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await PostAsync("/users/register", token, NewUser(username: "race", email: $"race{i}@example.ch"));
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));

        Assert.Equal(1, answers.Count(a => a == (200, Done)));
        Assert.Equal(19, answers.Count(a => a == (402, BadParameters)));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM accounts WHERE username = 'race'"));
    }

    [Fact]
    public async Task A_registration_that_fails_halfway_leaves_no_user_no_subscription_and_no_queued_email()
    {
        // The outbox refuses the welcome email, the last write of the registration.
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync(Api.Provider == DatabaseProvider.Sqlite
                ? "CREATE TRIGGER outbox_down BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox down'); END"
                : "CREATE TRIGGER outbox_down ON dbo.outbox INSTEAD OF INSERT AS THROW 50000, 'outbox down', 1;");
        }

        var fields = NewUser();
        fields["Services"] = "3,4";
        fields["Email_template_id"] = "1";
        await AssertBody(
            await PostAsync("/users/register", await TokenOf("lindau.admin"), fields),
            HttpStatusCode.InternalServerError,
            """{"error":"Something went wrong. Please try again later."}""");

        Assert.Null(await AccountAsync("new.user"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM subscriptions WHERE account_id NOT IN (1097, 955)"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Register_with_a_User_id_updates_that_user()
    {
        await AssertBody(
            await PostAsync("/users/register", await TokenOf("lindau.admin"), new Dictionary<string, string> { ["User_id"] = "955", ["Telephone"] = "+41440000000" }),
            HttpStatusCode.OK,
            Done);
        Assert.Equal("+41440000000", (await AccountAsync("jorge"))!.Telephone);
    }
}
