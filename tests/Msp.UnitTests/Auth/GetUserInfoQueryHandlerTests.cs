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

        var response = result.Value;
        Assert.Equal("2024-01-15 16:00:00", response.ValidUntil);
        Assert.Equal("session-public-id", response.DeviceSessionId);
        Assert.Same(profile.UserInfo, response.UserInfo);
        Assert.Equal([7L, 9L], response.SubscribedServices);
        Assert.Same(profile.AvailableServices, response.AvailableServices);
        Assert.Same(profile.AvailableLanguages, response.AvailableLanguages);
    }
}
