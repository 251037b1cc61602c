using Msp.Application.Auth;
using Msp.Application.Auth.RevokeToken;
using Msp.Application.Common.Security;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class RevokeTokenCommandHandlerTests
{
    private static readonly DateTime Now = TestData.Now;

    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();
    private readonly ISessionCookie _cookie = Substitute.For<ISessionCookie>();

    private RevokeTokenCommandHandler Handler(CallerContext context) => new(context, _tokens, _cookie, TestData.Clock());

    [Fact]
    public async Task No_token_is_unauthorized_client_without_a_lookup()
    {
        var result = await Handler(new CallerContext()).Handle(new RevokeTokenCommand(), default);

        Assert.Same(AuthErrors.Unauthorized, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().FindAsync(default, default, default);
    }

    [Fact]
    public async Task Unknown_token_is_token_not_found()
    {
        var result = await Handler(TestData.ContextWith("unknown")).Handle(new RevokeTokenCommand(), default);

        Assert.Same(AuthErrors.TokenNotFound, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().RevokeAsync(default, default, default);
        _cookie.DidNotReceive().Clear();
    }

    [Fact]
    public async Task Already_revoked_token_is_token_not_found()
    {
        _tokens.FindAsync("revoked", null, Arg.Any<CancellationToken>()).Returns(TestData.Token(revokedAtUtc: Now.AddMinutes(-1)));

        var result = await Handler(TestData.ContextWith("revoked")).Handle(new RevokeTokenCommand(), default);

        Assert.Same(AuthErrors.TokenNotFound, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().RevokeAsync(default, default, default);
    }

    [Fact]
    public async Task Expired_token_is_token_not_found()
    {
        _tokens.FindAsync("expired", null, Arg.Any<CancellationToken>()).Returns(TestData.Token(expiresAtUtc: Now));

        var result = await Handler(TestData.ContextWith("expired")).Handle(new RevokeTokenCommand(), default);

        Assert.Same(AuthErrors.TokenNotFound, result.Error);
    }

    [Fact]
    public async Task Live_token_is_revoked_and_the_cookie_cleared()
    {
        _tokens.FindAsync("live", null, Arg.Any<CancellationToken>()).Returns(TestData.Token(id: 501));

        var result = await Handler(TestData.ContextWith("live")).Handle(new RevokeTokenCommand(), default);

        Assert.Equal("Access_denied: token is invalid", result.Value.Msg);
        await _tokens.Received(1).RevokeAsync(501, Now, Arg.Any<CancellationToken>());
        _cookie.Received(1).Clear();
    }

    [Fact]
    public async Task The_session_cookie_alone_names_the_token()
    {
        _tokens.FindAsync(null, "cookie", Arg.Any<CancellationToken>()).Returns(TestData.Token(id: 501));

        var result = await Handler(TestData.ContextWith(null, "cookie")).Handle(new RevokeTokenCommand(), default);

        Assert.True(result.IsSuccess);
        await _tokens.Received(1).RevokeAsync(501, Now, Arg.Any<CancellationToken>());
    }
}
