using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

public sealed class LoginTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Every_demo_account_of_SEED_md_logs_in()
    {
        foreach (var (login, password) in new[]
        {
            ("admin", "Admin#2016"), ("vzug.admin", "Vzug#Admin1"), ("lindau.admin", "Lindau#Admin1"), ("docman", "Docman#Svc1"),
            ("comlite", "Comlite#Svc1"), ("demo.vzug", "Vzug#2016"), ("antonio", "Antonio#1"), ("jorge", "Jorge#2016"),
        })
        {
            var (access, refresh) = await LoginAsync(login, password);
            Assert.Matches("^[A-Za-z0-9]{40}$", access);
            Assert.Matches("^[A-Za-z0-9]{40}$", refresh);
        }
    }

    [Fact]
    public async Task Wrong_password_unknown_user_and_unknown_uid_get_the_same_401()
    {
        const string expected = """{"error":"Incorrect username or password."}""";
        await AssertBody(await Client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "wrong"))), HttpStatusCode.Unauthorized, expected);
        await AssertBody(await Client.PostAsync("/auth/login", Form(("email", "nobody"), ("password", "wrong"))), HttpStatusCode.Unauthorized, expected);
        await AssertBody(await Client.PostAsync("/auth/login", Form(("uid", "STB-NOPE"))), HttpStatusCode.Unauthorized, expected);
    }
}
