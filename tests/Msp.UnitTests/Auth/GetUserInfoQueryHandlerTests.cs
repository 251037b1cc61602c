using Msp.Application.Auth;
using Msp.Application.Auth.GetUserInfo;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class GetUserInfoQueryHandlerTests
{
    [Fact]
    public async Task The_caller_s_profile_session_and_token_expiry_are_mapped()
    {
        var caller = TestData.Caller(userId: 42, accessTokenId: 501, deviceSessionId: 9001);
        var profiles = Substitute.For<IUserProfileReader>();
        var tokens = Substitute.For<ITokenRepository>();
        var profile = TestData.Profile(42);
        profiles.ReadAsync(42, Arg.Any<CancellationToken>()).Returns(profile);
        tokens.SessionPublicIdAsync(501, 9001, Arg.Any<CancellationToken>()).Returns("session-public-id");
        var handler = new GetUserInfoQueryHandler(TestData.ContextOf(caller), profiles, tokens, TestData.Times());

        var result = await handler.Handle(new GetUserInfoQuery(), default);

        // The caller's own profile and session, its token's expiry in the platform's zone (CET): the whole body.
        WireAssert.Success(result, """
            {"validUntil":"2024-01-15 16:00:00","deviceSessionId":"session-public-id",
            "user_info":{"id":"42","name":"Jorge","lastname":"","email":"","gender":"","username":"jorge","default_address_id":null,
              "telephone":"","mobil":"","fax":"","status":"0","image":"","demo":"0","payment_allowed":"","partner":null,"language":"",
              "bp_internal_number":""},
            "subscribed_services":[7,9],
            "available_services":[{"id":"7","name":"Docman","params":"","admin_url":"","type":"0","created_at":"0001-01-01 00:00:00",
              "updated_at":"0001-01-01 00:00:00","image":"","webview_url":"","doc_url":"","active":"0","user_id":null,"managername":"",
              "category_id":0,"device_type":"0","description":"","smart_image":"","internal_use":"0","currency":"0","vat":"",
              "available_in_app":"0","in_wall":"0","in_wall_image":"","available_in_web":"0","api_url":"","subscription":"0",
              "address_specific":"0","usable":false}],
            "available_languages":[{"id":"1","iso":"de","name":"Deutsch"}]}
            """);
        await profiles.Received(1).ReadAsync(42, Arg.Any<CancellationToken>());
        await tokens.Received(1).SessionPublicIdAsync(501, 9001, Arg.Any<CancellationToken>());
    }
}
