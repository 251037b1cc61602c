using Msp.Application.Auth;
using Msp.Application.Auth.Logout;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class LogoutCommandHandlerTests
{
    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();
    private readonly ISessionCookie _cookie = Substitute.For<ISessionCookie>();

    private LogoutCommandHandler Handler() =>
        new(TestData.ContextOf(TestData.Caller(accessTokenId: 501, deviceSessionId: 9001)), _tokens, _cookie, TestData.Clock());

    [Fact]
    public async Task Ending_the_session_is_logout_ok_and_clears_the_cookie()
    {
        _tokens.EndSessionAsync(501, 9001, TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler().Handle(new LogoutCommand(), default);

        Assert.Equal("Logout OK", result.Value.Msg);
        _cookie.Received(1).Clear();
    }

    [Fact]
    public async Task No_session_to_end_is_logout_ko()
    {
        var result = await Handler().Handle(new LogoutCommand(), default);

        Assert.Same(AuthErrors.LogoutFailed, result.Error);
        _cookie.Received(1).Clear();
    }

    [Fact]
    public async Task Logout_leaves_the_token_valid()
    {
        _tokens.EndSessionAsync(default, default, default, default).ReturnsForAnyArgs(true);

        await Handler().Handle(new LogoutCommand(), default);

        await _tokens.DidNotReceiveWithAnyArgs().RevokeAsync(default, default, default);
        await _tokens.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default!, default, default);
    }
}
