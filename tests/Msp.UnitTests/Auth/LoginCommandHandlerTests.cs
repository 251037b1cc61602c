using Msp.Application.Audit;
using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class LoginCommandHandlerTests
{
    private const string RightPassword = "Jorge#2016";
    private const string StoredHash = "stored-hash";

    private static readonly DateTime Now = TestData.Now;

    private readonly IAccountRepository _accounts = Substitute.For<IAccountRepository>();
    private readonly ILoginAttemptRepository _attempts = Substitute.For<ILoginAttemptRepository>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();
    private readonly IUserProfileReader _profiles = Substitute.For<IUserProfileReader>();
    private readonly ISessionCookie _cookie = Substitute.For<ISessionCookie>();
    private readonly AuthOptions _options = new();
    private readonly IClientAddress _client = Substitute.For<IClientAddress>();
    private readonly IClientAddressWindowRepository _windows = Substitute.For<IClientAddressWindowRepository>();
    private readonly DeviceUidGuesses _uidGuesses;

    private readonly IssuedTokens _issued = new(
        new TokenPair("A".PadRight(40, 'a'), "R".PadRight(40, 'r'), new DateTime(2024, 1, 16, 10, 0, 0, DateTimeKind.Utc)),
        "0123456789abcdef0123456789abcdef01234567",
        "cookie-value");

    public LoginCommandHandlerTests()
    {
        _attempts.TryClaimAsync(Arg.Any<long>(), Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);
        _client.Value.Returns("192.0.2.7");
        _uidGuesses = new DeviceUidGuesses(_windows, TestData.Clock(), Options.Create(_options));
        _hasher.Verify(StoredHash, RightPassword).Returns(true);
        _profiles.ReadAsync(Arg.Any<long>(), Arg.Any<CancellationToken>()).Returns(call => TestData.Profile(call.Arg<long>()));
        _tokens.IssueAsync(Arg.Any<long>(), Arg.Any<LoginSource>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(_issued);
    }

    private LoginCommandHandler Handler() => new(
        _accounts,
        new PasswordCheck(_attempts, _hasher, new AuditEntry(), TestData.Clock(), Options.Create(_options)),
        _uidGuesses,
        _client,
        _tokens,
        _profiles,
        _cookie,
        TestData.Times(),
        new AuditEntry(),
        TestData.Clock());

    private void KnownLogin(string login, UserAccount account) =>
        _accounts.FindByLoginAsync(login, Arg.Any<CancellationToken>()).Returns(account);

    [Fact]
    public async Task Unknown_account_is_incorrect_credentials_and_still_spends_a_claim_and_a_verification()
    {
        var result = await Handler().Handle(new LoginCommand("nobody", "whatever", null, null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
        _hasher.Received(1).VerifyNothing("whatever");
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        await _tokens.DidNotReceiveWithAnyArgs().IssueAsync(default, default, default, default);

        // The claim a known account makes, against an id no account has: the same statement and write.
        await _attempts.Received(1).TryClaimAsync(0, new LockoutPolicy(10, TimeSpan.FromMinutes(15)), Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Wrong_password_is_incorrect_credentials_and_its_attempt_was_claimed_before_the_hash()
    {
        var account = TestData.Account(id: 42);
        KnownLogin("jorge", account);

        var result = await Handler().Handle(new LoginCommand("jorge", "wrong", null, null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().IssueAsync(default, default, default, default);
        _cookie.DidNotReceiveWithAnyArgs().Issue(default!, default);

        // The claim stays as the failure: nothing clears it.
        Received.InOrder(() =>
        {
            _attempts.TryClaimAsync(42, new LockoutPolicy(10, TimeSpan.FromMinutes(15)), Now, Arg.Any<CancellationToken>());
            _hasher.Verify(StoredHash, "wrong");
        });
        await _attempts.DidNotReceiveWithAnyArgs().ClearAsync(default, default);
    }

    [Fact]
    public async Task Wrong_password_with_the_lockout_turned_off_records_nothing()
    {
        _options.LockoutThreshold = 0;
        KnownLogin("jorge", TestData.Account());

        var result = await Handler().Handle(new LoginCommand("jorge", "wrong", null, null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
        Assert.Empty(_attempts.ReceivedCalls());
    }

    [Fact]
    public async Task Locked_account_with_the_right_password_is_incorrect_credentials_and_its_hash_is_never_checked()
    {
        KnownLogin("jorge", TestData.Account(failedLogins: 10, lockedUntilUtc: Now.AddMinutes(5)));
        _attempts.TryClaimAsync(Arg.Any<long>(), Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        _hasher.Received(1).VerifyNothing(RightPassword);
        await _tokens.DidNotReceiveWithAnyArgs().IssueAsync(default, default, default, default);
        await _attempts.DidNotReceiveWithAnyArgs().ClearAsync(default, default);
    }

    [Fact]
    public async Task Lock_that_has_ended_lets_the_right_password_in_and_clears_the_counter()
    {
        KnownLogin("jorge", TestData.Account(id: 42, failedLogins: 10, lockedUntilUtc: Now.AddMinutes(-1)));

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, null), default);

        Assert.True(result.IsSuccess);
        await _attempts.Received(1).ClearAsync(42, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Lock_is_ignored_when_the_lockout_is_turned_off()
    {
        _options.LockoutThreshold = 0;
        KnownLogin("jorge", TestData.Account(lockedUntilUtc: Now.AddMinutes(5)));

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, null), default);

        Assert.True(result.IsSuccess);
    }

    [Theory]
    [InlineData(AccountStatus.Disabled)]
    [InlineData(AccountStatus.PendingDeletion)]
    public async Task Inactive_account_with_the_right_password_is_account_not_active(AccountStatus status)
    {
        KnownLogin("jorge", TestData.Account(status: status));

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, null), default);

        Assert.Same(AuthErrors.AccountNotActive, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().IssueAsync(default, default, default, default);
    }

    [Fact]
    public async Task Inactive_account_with_a_wrong_password_is_incorrect_credentials()
    {
        KnownLogin("jorge", TestData.Account(status: AccountStatus.Disabled));

        var result = await Handler().Handle(new LoginCommand("jorge", "wrong", null, null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
    }

    [Fact]
    public async Task Success_issues_tokens_and_the_cookie_and_maps_the_response()
    {
        KnownLogin("jorge@example.com", TestData.Account(id: 42));

        var result = await Handler().Handle(new LoginCommand("jorge@example.com", RightPassword, null, "mobile"), default);

        Assert.True(result.IsSuccess);
        await _tokens.Received(1).IssueAsync(42, LoginSource.Mobile, Now, Arg.Any<CancellationToken>());
        _cookie.Received(1).Issue("cookie-value", _issued.Tokens.ExpiresAtUtc);

        var response = result.Value;
        Assert.Equal(_issued.Tokens.AccessToken, response.AccessToken);
        Assert.Equal(_issued.Tokens.RefreshToken, response.RefreshToken);
        Assert.Equal("2024-01-16 11:00:00 CET", response.ValidUntil);
        Assert.Equal(_issued.DeviceSessionId, response.DeviceSessionId);
        Assert.Equal("service?access_token=" + _issued.Tokens.AccessToken, response.UrlTest);
        Assert.Equal(42, response.UserInfo.Id);
        Assert.Equal("de", Assert.Single(response.AvailableLanguages).Iso);
        Assert.Equal(7, Assert.Single(response.AvailableServices).Id);
        Assert.Equal(12, Assert.Single(response.Categories).Id);
    }

    [Fact]
    public async Task Success_gives_back_its_claimed_attempt_by_clearing_the_counter()
    {
        KnownLogin("jorge", TestData.Account(id: 42, failedLogins: 3));

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, null), default);

        Assert.True(result.IsSuccess);
        await _attempts.Received(1).ClearAsync(42, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Uid_login_finds_the_account_by_device_without_a_password()
    {
        _accounts.FindByDeviceUidAsync("STB-0001", Arg.Any<CancellationToken>()).Returns(TestData.Account(id: 77));

        var result = await Handler().Handle(new LoginCommand(null, null, "STB-0001", "Tablet"), default);

        Assert.True(result.IsSuccess);
        await _accounts.DidNotReceiveWithAnyArgs().FindByLoginAsync(default!, default);
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        _hasher.DidNotReceiveWithAnyArgs().VerifyNothing(default!);
        await _tokens.Received(1).IssueAsync(77, LoginSource.Tablet, Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Uid_of_a_locked_account_is_incorrect_credentials()
    {
        _accounts.FindByDeviceUidAsync("STB-0001", Arg.Any<CancellationToken>())
            .Returns(TestData.Account(id: 77, failedLogins: 10, lockedUntilUtc: Now.AddMinutes(5)));

        var result = await Handler().Handle(new LoginCommand(null, null, "STB-0001", null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
        await _tokens.DidNotReceiveWithAnyArgs().IssueAsync(default, default, default, default);
    }

    [Fact]
    public async Task An_address_whose_window_holds_ten_unknown_uids_fails_even_with_a_known_uid_but_others_do_not()
    {
        _accounts.FindByDeviceUidAsync("STB-0001", Arg.Any<CancellationToken>()).Returns(TestData.Account(id: 77));
        _windows.CountAsync("192.0.2.7", ClientAddressEvent.FailedUidLogin, TimeSpan.FromMinutes(1), Now, Arg.Any<CancellationToken>()).Returns(10);

        Assert.Same(AuthErrors.IncorrectCredentials, (await Handler().Handle(new LoginCommand(null, null, "STB-0001", null), default)).Error);
        await _accounts.DidNotReceiveWithAnyArgs().FindByDeviceUidAsync(default!, default);

        _client.Value.Returns("192.0.2.8");
        Assert.True((await Handler().Handle(new LoginCommand(null, null, "STB-0001", null), default)).IsSuccess);
    }

    [Fact]
    public async Task An_unknown_uid_is_counted_against_the_address_and_a_known_one_is_not()
    {
        _accounts.FindByDeviceUidAsync("STB-0001", Arg.Any<CancellationToken>()).Returns(TestData.Account(id: 77));

        await Handler().Handle(new LoginCommand(null, null, "GUESS-1", null), default);
        await Handler().Handle(new LoginCommand(null, null, "STB-0001", null), default);

        await _windows.Received(1).TryCountAsync(
            Arg.Any<string>(), Arg.Any<ClientAddressEvent>(), Arg.Any<int>(), Arg.Any<TimeSpan>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>());
        await _windows.Received(1).TryCountAsync("192.0.2.7", ClientAddressEvent.FailedUidLogin, int.MaxValue, TimeSpan.FromMinutes(1), Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Unknown_uid_is_incorrect_credentials()
    {
        var result = await Handler().Handle(new LoginCommand(null, null, "STB-NOPE", null), default);

        Assert.Same(AuthErrors.IncorrectCredentials, result.Error);
    }

    [Fact]
    public async Task Uid_of_a_disabled_account_is_account_not_active()
    {
        _accounts.FindByDeviceUidAsync("STB-0001", Arg.Any<CancellationToken>()).Returns(TestData.Account(status: AccountStatus.Disabled));

        var result = await Handler().Handle(new LoginCommand(null, null, "STB-0001", null), default);

        Assert.Same(AuthErrors.AccountNotActive, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Fridge")]
    public async Task Missing_or_unknown_source_signs_in_as_Web(string? source)
    {
        KnownLogin("jorge", TestData.Account(id: 42));

        var result = await Handler().Handle(new LoginCommand("jorge", RightPassword, null, source), default);

        Assert.True(result.IsSuccess);
        await _tokens.Received(1).IssueAsync(42, LoginSource.Web, Now, Arg.Any<CancellationToken>());
    }
}
