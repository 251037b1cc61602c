using Msp.Application.Audit;
using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Auth.ChangePassword;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class ChangePasswordCommandHandlerTests
{
    private static readonly DateTime Now = TestData.Now;

    private readonly IAccountRepository _accounts = Substitute.For<IAccountRepository>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();
    private readonly ILoginAttemptRepository _attempts = Substitute.For<ILoginAttemptRepository>();
    private readonly IPasswordResetRepository _resets = Substitute.For<IPasswordResetRepository>();
    private readonly UserAccount _account = TestData.Account(id: 42, passwordHash: "old-hash");

    public ChangePasswordCommandHandlerTests()
    {
        _accounts.FindByIdAsync(42, Arg.Any<CancellationToken>()).Returns(_account);
        _hasher.Verify("old-hash", "OldPass#1").Returns(true);
        _hasher.Hash("NewPass#1").Returns("new-hash");
        _attempts.TryClaimAsync(Arg.Any<long>(), Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    private ChangePasswordCommandHandler Handler(long userId = 42) =>
        new(
            TestData.ContextOf(TestData.Caller(userId: userId, accessTokenId: 501)),
            _accounts,
            new PasswordCheck(_attempts, _hasher, new AuditEntry(), TestData.Clock(), Options.Create(new AuthOptions())),
            _hasher,
            _tokens,
            _resets,
            TestData.Clock());

    [Fact]
    public async Task Wrong_current_password_is_bad_parameters_and_changes_nothing()
    {
        var result = await Handler().Handle(new ChangePasswordCommand("Wrong#1", "NewPass#1", "NewPass#1"), default);

        Assert.Same(AuthErrors.BadParameters, result.Error);
        Assert.Equal("old-hash", _account.PasswordHash);
        await _accounts.DidNotReceiveWithAnyArgs().SavePasswordHashAsync(default!, default, default);
        await _tokens.DidNotReceiveWithAnyArgs().RevokeOthersOfAccountAsync(default, default, default, default);
        await _resets.DidNotReceiveWithAnyArgs().VoidOpenLinksAsync(default, default, default);
    }

    [Fact]
    public async Task Wrong_current_password_counts_toward_the_lockout_like_a_failed_login()
    {
        await Handler().Handle(new ChangePasswordCommand("Wrong#1", "NewPass#1", "NewPass#1"), default);

        await _attempts.Received(1).TryClaimAsync(42, new LockoutPolicy(10, TimeSpan.FromMinutes(15)), Now, Arg.Any<CancellationToken>());
        await _attempts.DidNotReceiveWithAnyArgs().ClearAsync(default, default);
    }

    [Fact]
    public async Task Locked_account_fails_like_a_wrong_password_even_with_the_right_one()
    {
        _attempts.TryClaimAsync(Arg.Any<long>(), Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#1"), default);

        Assert.Same(AuthErrors.BadParameters, result.Error);
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        await _accounts.DidNotReceiveWithAnyArgs().SavePasswordHashAsync(default!, default, default);
    }

    [Fact]
    public async Task Account_gone_is_bad_parameters()
    {
        var result = await Handler(userId: 43).Handle(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#1"), default);

        Assert.Same(AuthErrors.BadParameters, result.Error);
        await _accounts.DidNotReceiveWithAnyArgs().SavePasswordHashAsync(default!, default, default);
    }

    [Fact]
    public async Task Success_saves_the_new_hash_and_revokes_every_other_token()
    {
        var result = await Handler().Handle(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#1"), default);

        Assert.Equal("Ok", result.Value.Msg);
        await _accounts.Received(1).SavePasswordHashAsync(Arg.Is<UserAccount>(a => a.Id == 42 && a.PasswordHash == "new-hash"), Now, Arg.Any<CancellationToken>());
        await _tokens.Received(1).RevokeOthersOfAccountAsync(42, 501, Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Success_voids_every_open_reset_link_of_the_account()
    {
        await Handler().Handle(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#1"), default);

        await _resets.Received(1).VoidOpenLinksAsync(42, Now, Arg.Any<CancellationToken>());
    }
}
