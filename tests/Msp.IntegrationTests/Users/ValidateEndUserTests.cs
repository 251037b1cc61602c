using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Auth;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class ValidateEndUserTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string Valid = """{"msg":"OK"}""";

    private const string NotValidated = """{"status":"403"}""";

    [Theory]
    [InlineData("admin", "jorge.sanchez@casacom.ch", "Jorge#2016")]
    [InlineData("comlite", "jorge.sanchez@casacom.ch", "Jorge#2016")]
    [InlineData("docman", "demo.vzug@streamnow.ch", "Vzug#2016")]
    [InlineData("admin", "antonio@example.ch", "Antonio#1")]
    public async Task The_right_password_serialized_as_encrypt_makes_it_is_OK(string login, string email, string password)
    {
        await AssertBody(await ValidateAsync(await TokenOf(login), email, LaravelPayload.Encrypt(password)), HttpStatusCode.OK, Valid);
    }

    /// <summary>encrypt("Jorge#2016") under the Development key, made with the openssl command line (a third implementation).</summary>
    [Fact]
    public async Task A_payload_made_by_openssl_is_accepted()
    {
        const string Payload = "eyJpdiI6IjVxZ1VNdW1iQ0RzVTdjRFM1SFh3Q1E9PSIsInZhbHVlIjoibWpzN3lLS2phazBYaWRGTllESXVBVk5XUUZ1NGxaOFI5M25jUHJ2MC84WT0iLCJtYWMiOiJlNTFhNzQ3OThhNzQ1M2QwZTI1YTdlOTY2MzFmZGY4MzZmYzMzOWM2ZWM3NjI3NGNhNjU1MmIwZGQyYTY0NzQyIiwidGFnIjoiIn0=";
        await AssertBody(await ValidateAsync(await TokenOf("comlite"), "jorge.sanchez@casacom.ch", Payload), HttpStatusCode.OK, Valid);
    }

    [Fact]
    public async Task The_raw_form_of_encryptString_is_accepted_too()
    {
        await AssertBody(await ValidateAsync(await TokenOf("comlite"), "jorge.sanchez@casacom.ch", LaravelPayload.EncryptString("Jorge#2016")), HttpStatusCode.OK, Valid);
    }

    [Fact]
    public async Task A_password_with_non_ASCII_characters_is_unwrapped_by_its_byte_length()
    {
        var hash = Api.Services.GetRequiredService<IPasswordHasher>().Hash("Jörge#2016");
        await ExecuteSqlAsync("UPDATE accounts SET password_hash = @Hash WHERE id = 955", ("@Hash", hash));
        var token = await TokenOf("admin");
        await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jörge#2016")), HttpStatusCode.OK, Valid);
        await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.EncryptString("Jörge#2016")), HttpStatusCode.OK, Valid);
        await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2016")), HttpStatusCode.OK, NotValidated);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2017") },
        { "nobody@example.ch", LaravelPayload.Encrypt("Jorge#2016") },
        { "jorge.sanchez@casacom.ch", LaravelPayload.WithForgedMac("s:10:\"Jorge#2016\";") },
        { "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2016", LaravelPayload.NewKey()) },
        { "jorge.sanchez@casacom.ch", "Jorge#2016" },
        { "jorge.sanchez@casacom.ch", Convert.ToBase64String("{\"iv\":\"x\",\"value\":\"y\",\"mac\":\"z\"}"u8.ToArray()) },
        { "jorge.sanchez@casacom.ch", Convert.ToBase64String("[1,2]"u8.ToArray()) },
        { "admin@msp.example", LaravelPayload.Encrypt("Admin#2016") },
        { "admin@lindau.example", LaravelPayload.Encrypt("Lindau#Admin1") },
        { "mickey@example.ch", LaravelPayload.Encrypt("Mickey#1") },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_wrong_password_an_unknown_email_a_payload_that_does_not_verify_and_an_account_that_is_no_active_end_user_all_answer_alike(
        string email, string payload)
    {
        await AssertBody(await ValidateAsync(await TokenOf("admin"), email, payload), HttpStatusCode.OK, NotValidated);
    }

    [Theory]
    [InlineData("docman", "jorge.sanchez@casacom.ch", "Jorge#2016", Valid)]
    [InlineData("comlite", "demo.vzug@streamnow.ch", "Vzug#2016", NotValidated)]
    [InlineData("docman", "antonio@example.ch", "Antonio#1", NotValidated)]
    public async Task A_service_validates_only_its_subscribers(string login, string email, string password, string expected)
    {
        await AssertBody(await ValidateAsync(await TokenOf(login), email, LaravelPayload.Encrypt(password)), HttpStatusCode.OK, expected);
    }

    [Fact]
    public async Task Missing_parameters_are_the_same_failure()
    {
        var token = await TokenOf("admin");
        await AssertBody(await SendAsync(HttpMethod.Post, "/users/validate-end-user", token, Form(("Email", "jorge.sanchez@casacom.ch"))), HttpStatusCode.OK, NotValidated);
        await AssertBody(await SendAsync(HttpMethod.Post, "/users/validate-end-user", token, Form(("Password", LaravelPayload.Encrypt("Jorge#2016")))), HttpStatusCode.OK, NotValidated);
    }

    [Fact]
    public async Task Wrong_passwords_count_toward_the_account_s_lockout_like_logins()
    {
        var token = await TokenOf("comlite");
        for (var i = 0; i < 10; i++)
        {
            await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("wrong-" + i)), HttpStatusCode.OK, NotValidated);
        }

        // Locked: the right password fails here and at login alike, with nothing that tells it is a lock.
        await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2016")), HttpStatusCode.OK, NotValidated);
        using var login = await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Jorge#2016")));
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        Api.Clock.Advance(TimeSpan.FromMinutes(16));
        await AssertBody(await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2016")), HttpStatusCode.OK, Valid);
    }

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task End_users_partner_admins_and_callers_without_a_live_token_get_the_unauthorized_body(string? login)
    {
        var token = login is null or "not-a-token" ? login : await TokenOf(login);
        await AssertBody(
            await ValidateAsync(token, "jorge.sanchez@casacom.ch", LaravelPayload.Encrypt("Jorge#2016")),
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client"}""");
    }

    private Task<HttpResponseMessage> ValidateAsync(string? token, string email, string payload) =>
        SendAsync(HttpMethod.Post, "/users/validate-end-user", token, Form(("Email", email), ("Password", payload)));
}
