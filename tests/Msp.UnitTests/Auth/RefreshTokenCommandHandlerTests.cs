using Msp.Application.Auth;
using Msp.Application.Auth.RefreshToken;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Auth;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class RefreshTokenCommandHandlerTests
{
    private const string AccessToken = "access-token";
    private const string RefreshToken = "refresh-token";

    private static readonly DateTime Now = TestData.Now;

    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly AfterCompletionCapture _afterCompletion;
    private CallerContext _context = TestData.ContextWith(AccessToken);

    public RefreshTokenCommandHandlerTests()
    {
        _afterCompletion = new AfterCompletionCapture(_unitOfWork);
    }

    private RefreshTokenCommandHandler Handler() => new(_context, _tokens, _unitOfWork, TestData.Times(), TestData.Clock());

    private void Current(StoredToken? token) => _tokens.FindAsync(AccessToken, null, Arg.Any<CancellationToken>()).Returns(token);

    private void Presented(StoredToken? token) => _tokens.FindByRefreshTokenAsync(RefreshToken, Arg.Any<CancellationToken>()).Returns(token);

    private async Task AssertChainRevokedAsync(string familyId)
    {
        // Registered to run after the rollback of the failed command, not inside it.
        await _tokens.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default!, default, default);
        Assert.Equal(1, _afterCompletion.Count);
        await _afterCompletion.RunAllAsync();
        await _tokens.Received(1).RevokeFamilyAsync(familyId, Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task No_access_token_is_unauthorized_client()
    {
        _context = new CallerContext();

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.Unauthorized, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().FindByRefreshTokenAsync(default!, default);
    }

    [Fact]
    public async Task Unknown_access_token_is_unauthorized_client()
    {
        Current(null);

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.Unauthorized, result.Error);
    }

    [Fact]
    public async Task The_session_cookie_counts_as_the_access_token()
    {
        _context = TestData.ContextWith(null, "cookie");
        var token = TestData.Token();
        _tokens.FindAsync(null, "cookie", Arg.Any<CancellationToken>()).Returns(token);
        Presented(token);
        _tokens.RotateAsync(token, Now, Arg.Any<CancellationToken>()).Returns(new TokenPair("new-access", "new-refresh", Now.AddDays(1)));

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Missing_refresh_token_is_invalid_refresh_token()
    {
        Current(TestData.Token());

        var result = await Handler().Handle(new RefreshTokenCommand(null), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().FindByRefreshTokenAsync(default!, default);
    }

    [Fact]
    public async Task Unknown_refresh_token_is_invalid_refresh_token_without_revoking_anything()
    {
        Current(TestData.Token());
        Presented(null);

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        Assert.Equal(0, _afterCompletion.Count);
        await _tokens.DidNotReceiveWithAnyArgs().RotateAsync(default!, default, default);
    }

    [Fact]
    public async Task Refresh_token_of_another_family_is_invalid_and_revokes_nothing()
    {
        Current(TestData.Token(familyId: "mine"));
        Presented(TestData.Token(id: 900, familyId: "someone-else", refreshedAtUtc: Now.AddHours(-1)));

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        Assert.Equal(0, _afterCompletion.Count);
    }

    [Fact]
    public async Task Reused_refresh_token_is_invalid_and_revokes_the_whole_family()
    {
        // The client refreshed once (token 500 → 501); someone now presents 500's refresh token again.
        Current(TestData.Token(id: 500, revokedAtUtc: Now.AddMinutes(-5)));
        Presented(TestData.Token(id: 500, refreshedAtUtc: Now.AddMinutes(-5), revokedAtUtc: Now.AddMinutes(-5)));

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().RotateAsync(default!, default, default);
        await AssertChainRevokedAsync("family-1");
    }

    [Fact]
    public async Task Revoked_access_token_with_its_unused_refresh_token_is_unauthorized_client()
    {
        var token = TestData.Token(revokedAtUtc: Now.AddMinutes(-1));
        Current(token);
        Presented(token);

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.Unauthorized, result.Error);
        Assert.Equal(0, _afterCompletion.Count);
    }

    [Fact]
    public async Task Refresh_token_of_another_token_in_the_family_is_invalid()
    {
        Current(TestData.Token(id: 501));
        Presented(TestData.Token(id: 502));

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().RotateAsync(default!, default, default);
    }

    [Fact]
    public async Task Expired_refresh_token_is_invalid()
    {
        var token = TestData.Token(refreshExpiresAtUtc: Now);
        Current(token);
        Presented(token);

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().RotateAsync(default!, default, default);
    }

    [Fact]
    public async Task Losing_the_rotation_race_counts_as_reuse_and_revokes_the_family()
    {
        var token = TestData.Token();
        Current(token);
        Presented(token);
        _tokens.RotateAsync(token, Now, Arg.Any<CancellationToken>()).Returns((TokenPair?)null);

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.Same(AuthErrors.InvalidRefreshToken, result.Error);
        await AssertChainRevokedAsync("family-1");
    }

    [Fact]
    public async Task Success_rotates_the_pair_even_when_the_access_token_has_expired()
    {
        var token = TestData.Token(expiresAtUtc: Now.AddHours(-2));
        Current(token);
        Presented(token);
        _tokens.RotateAsync(token, Now, Arg.Any<CancellationToken>())
            .Returns(new TokenPair("new-access", "new-refresh", new DateTime(2024, 7, 1, 8, 0, 0, DateTimeKind.Utc)));

        var result = await Handler().Handle(new RefreshTokenCommand(RefreshToken), default);

        Assert.True(result.IsSuccess);
        Assert.Equal(new RefreshTokenResponse("new-access", "new-refresh", "2024-07-01 10:00:00 CEST"), result.Value);
        Assert.Equal(0, _afterCompletion.Count);
    }
}
