using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// Login (3.1) and getUserInfo (6.23) pinned whole for a partner admin, a service and the msp admin, as
/// <see cref="LoginTests"/> and <see cref="GetUserInfoTests"/> pin them for end users: the right services, no secrets.
/// </summary>
public sealed class OtherRolesProfileTests(MspApiFactory api) : AuthTest(api)
{
    /// <summary>Caller, the services it may see (its BP's, its own, all) and their categories.</summary>
    public static TheoryData<string, int[], int[]> Callers => new()
    {
        { "vzug.admin", [3], [12] },
        { "docman", [3], [12] },
        { "admin", [3, 4, 5, 6, 7, 8], [12, 13, 14, 15] },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task The_login_object_is_pinned_whole(string login, int[] services, int[] categories)
    {
        Api.Clock.AdjustTime(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));

        var signedIn = await SignInAsync(login, DemoPasswords.Of(login));

        var expected = new JsonObject
        {
            ["access_token"] = signedIn.AccessToken,
            ["refresh_token"] = signedIn.RefreshToken,
            ["validUntil"] = "2027-01-16 13:00:00 CET",
            ["deviceSessionId"] = signedIn.DeviceSessionId,
            ["user_info"] = RoleProfiles.UserInfo(login),
            ["available_languages"] = SpecExamples.Languages(),
            ["url_test"] = "service?access_token=" + signedIn.AccessToken,
            ["available_services"] = RoleProfiles.ServicesOf(services),
            ["categories"] = RoleProfiles.CategoriesOf(categories),
        };
        AssertJsonEqual(expected, signedIn.Body);
        Assert.Equal(expected.Select(p => p.Key), signedIn.Body.Select(p => p.Key));
        Assert.Matches("^[A-Za-z0-9]{40}$", signedIn.AccessToken);
        Assert.Matches("^[0-9a-f]{40}$", signedIn.DeviceSessionId);
    }

    [Theory]
    [InlineData("vzug.admin", new[] { 3 })]
    [InlineData("docman", new[] { 3 })]
    [InlineData("admin", new[] { 3, 4, 5, 6, 7, 8 })]
    public async Task The_user_info_is_pinned_whole(string login, int[] services)
    {
        Api.Clock.AdjustTime(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var signedIn = await SignInAsync(login, DemoPasswords.Of(login));

        using var response = await GetAsync("/getUserInfo", signedIn.AccessToken);
        var body = (await ReadJson(response)).AsObject();

        var expected = new JsonObject
        {
            ["validUntil"] = "2027-01-16 13:00:00",
            ["deviceSessionId"] = signedIn.DeviceSessionId,
            ["user_info"] = RoleProfiles.UserInfo(login),
            ["subscribed_services"] = new JsonArray(),
            ["available_services"] = RoleProfiles.ServicesOf(services),
            ["available_languages"] = SpecExamples.Languages(),
        };
        AssertJsonEqual(expected, body);
        Assert.Equal(expected.Select(p => p.Key), body.Select(p => p.Key));
    }
}
