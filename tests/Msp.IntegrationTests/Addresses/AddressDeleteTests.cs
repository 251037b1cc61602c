using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Addresses;

public sealed class AddressDeleteTests(MspApiFactory api) : AddressesTest(api)
{
    private const string NoAddressFound = """{"msg":"No address found"}""";

    [Fact]
    public async Task Owner_deletes_its_default_address_and_the_user_is_left_without_a_default()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194", token), HttpStatusCode.OK, """{"msg":"ok"}""");

        Assert.Empty(await ListAsync(token, 955));
        Assert.Null(await ScalarAsync<long?>("SELECT default_address_id FROM accounts WHERE id = 955"));
    }

    [Fact]
    public async Task Deleting_another_address_keeps_the_default()
    {
        var other = await InsertAddressAsync(955);
        var token = await TokenOf("lindau.admin");

        await AssertBody(await SendAsync(HttpMethod.Delete, $"/address/delete?addressID={other}", token), HttpStatusCode.OK, """{"msg":"ok"}""");

        var remaining = Assert.Single(await ListAsync(token, 955));
        Assert.Equal("194", remaining!["id"]!.GetValue<string>());
        Assert.Equal(JorgeHome, await ScalarAsync<long?>("SELECT default_address_id FROM accounts WHERE id = 955"));
    }

    [Theory]
    [MemberData(nameof(WriteScope))]
    public async Task Tenant_scope(string caller, long userId, bool allowed)
    {
        var addressId = userId == 955 ? JorgeHome : await InsertAddressAsync(userId);
        var token = await TokenOf(caller);

        using var response = await SendAsync(HttpMethod.Delete, $"/address/delete?addressID={addressId}", token);

        var remaining = await ScalarAsync<long>("SELECT COUNT(*) FROM addresses WHERE id = @addressId", new { addressId });
        if (allowed)
        {
            await AssertBody(response, HttpStatusCode.OK, """{"msg":"ok"}""");
            Assert.Equal(0, remaining);
        }
        else
        {
            await AssertBody(response, HttpStatusCode.NotFound, NoAddressFound);
            Assert.Equal(1, remaining);
        }
    }

    [Fact]
    public async Task An_address_that_does_not_exist_or_is_already_deleted_gets_404()
    {
        var token = await TokenOf("admin");

        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=999999", token), HttpStatusCode.NotFound, NoAddressFound);
        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194", token), HttpStatusCode.OK, """{"msg":"ok"}""");
        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194", token), HttpStatusCode.NotFound, NoAddressFound);
    }

    [Fact]
    public async Task A_missing_or_malformed_addressID_names_no_address()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete", token), HttpStatusCode.NotFound, NoAddressFound);
        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194.0", token), HttpStatusCode.NotFound, NoAddressFound);
        Assert.Equal(1, await CountAddressesAsync());
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_unauthorized_client()
    {
        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194", null), HttpStatusCode.BadRequest, UnauthorizedClient);
        await AssertBody(await SendAsync(HttpMethod.Delete, "/address/delete?addressID=194", "not-a-token"), HttpStatusCode.BadRequest, UnauthorizedClient);
        Assert.Equal(1, await CountAddressesAsync());
    }
}
