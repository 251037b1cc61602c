using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetBillingUserInfoTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoUserFound = """{"msg":"No user found"}""";

    private const string NoAddressFound = """{"msg":"No address found"}""";

    /// <summary>Address 194 of docs/demo-data.md, in the fields of the spec's 6.16 example.</summary>
    internal const string JorgeBilling = """
        {"data":{"name":"My Home","company":"","firstname":"Jorge","lastname":"Sanchez","street_address":"Markt",
        "postcode":"8400","country_iso":"CH","state":"Zürich","city":"Winterthur"}}
        """;

    [Theory]
    [InlineData("jorge")]
    [InlineData("lindau.admin")]
    [InlineData("docman")]
    [InlineData("comlite")]
    [InlineData("admin")]
    public async Task Callers_in_scope_read_the_billing_address(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=955", token), HttpStatusCode.OK, JorgeBilling);
    }

    [Theory]
    [InlineData("demo.vzug", 1097)]
    [InlineData("vzug.admin", 1154)]
    [InlineData("vzug.admin", 896)]
    [InlineData("docman", 1097)]
    [InlineData("admin", 1097)]
    public async Task A_user_in_scope_without_a_billing_address_is_404(string login, long userId)
    {
        var token = await TokenOf(login);
        await AssertBody(await GetAsync($"/getBillingUserInfo?UserID={userId}", token), HttpStatusCode.NotFound, NoAddressFound);
    }

    [Theory]
    [InlineData("demo.vzug", 1154)]
    [InlineData("demo.vzug", 955)]
    [InlineData("jorge", Nobody)]
    [InlineData("vzug.admin", 955)]
    [InlineData("vzug.admin", Nobody)]
    [InlineData("lindau.admin", 1097)]
    [InlineData("docman", 1154)]
    [InlineData("comlite", 1097)]
    [InlineData("admin", Nobody)]
    public async Task Callers_out_of_scope_and_unknown_users_get_the_same_403(string login, long userId)
    {
        var token = await TokenOf(login);
        await AssertBody(await GetAsync($"/getBillingUserInfo?UserID={userId}", token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task Only_an_address_marked_billing_counts()
    {
        var token = await TokenOf("vzug.admin");
        await AddAddressAsync(1154, "Holiday flat", "Seeweg", billing: 0);
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=1154", token), HttpStatusCode.NotFound, NoAddressFound);

        await AddAddressAsync(1154, "Office", "Industriestrasse", billing: 1);
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=1154", token), HttpStatusCode.OK, """
            {"data":{"name":"Office","company":"","firstname":"","lastname":"","street_address":"Industriestrasse",
            "postcode":"","country_iso":"","state":"","city":"Zug"}}
            """);
    }

    [Theory]
    [InlineData("/getBillingUserInfo")]
    [InlineData("/getBillingUserInfo?UserID=abc")]
    public async Task A_missing_or_malformed_id_finds_no_user(string path)
    {
        var token = await TokenOf("admin");
        await AssertBody(await GetAsync(path, token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task Without_a_live_token_the_answer_is_unauthorized_client()
    {
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=955", null), HttpStatusCode.BadRequest, """{"error":"unauthorized_client"}""");
    }

    [Fact]
    public async Task A_user_pending_deletion_has_no_billing_info_for_anyone()
    {
        var partner = await TokenOf("lindau.admin");
        await AssertBody(await PutAsync("/users/delete/955", partner), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertBody(await GetAsync("/getBillingUserInfo?UserID=955", partner), HttpStatusCode.Forbidden, NoUserFound);
    }

    private Task AddAddressAsync(long userId, string name, string street, int billing) => ExecuteSqlAsync(
        """
        INSERT INTO addresses (account_id, name, street_address, city, billing, created_at, updated_at)
        VALUES (@AccountId, @Name, @Street, 'Zug', @Billing, @Now, @Now)
        """,
        ("@AccountId", userId),
        ("@Name", name),
        ("@Street", street),
        ("@Billing", billing),
        ("@Now", DateTime.UtcNow));
}
