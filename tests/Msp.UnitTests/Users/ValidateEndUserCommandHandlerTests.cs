using Msp.Application.Audit;
using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Users.ValidateEndUser;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Users;

/// <summary>
/// users/validate-end-user (spec 6.45, ADR 15): OK only for the right password of an active end user within the
/// caller's reach; every failure is one body after the same work (one scope lookup, one lockout claim, one hash).
/// </summary>
public sealed class ValidateEndUserCommandHandlerTests
{
    private const string NotValidated = """{"status":"403"}""";

    private readonly IAccountRepository _accounts = Substitute.For<IAccountRepository>();
    private readonly ICrypter _crypter = Substitute.For<ICrypter>();
    private readonly ILoginAttemptRepository _attempts = Substitute.For<ILoginAttemptRepository>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();

    public ValidateEndUserCommandHandlerTests()
    {
        _crypter.Decrypt("payload").Returns("Jorge#2016");
        _attempts.TryClaimAsync(Arg.Any<long>(), Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(true);
        _hasher.Verify("stored-hash", "Jorge#2016").Returns(true);
        Account(955, Role.EndUser, AccountStatus.Active);
    }

    private static Caller Docman => TestData.CallerAs(Role.Service, 910, serviceId: 3);

    [Fact]
    public async Task The_right_password_of_a_subscriber_is_OK()
    {
        WireAssert.Success(await Handle(Docman), """{"msg":"OK"}""");
        await _attempts.Received(1).ClearAsync(955, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_wrong_password_a_payload_that_does_not_decrypt_and_an_unknown_email_answer_alike_after_one_hash_each()
    {
        _crypter.Decrypt("wrong").Returns("Wrong#1");
        _crypter.Decrypt("forged").Returns((string?)null);

        WireAssert.Failure(await Handle(Docman, password: "wrong"), 200, NotValidated);
        WireAssert.Failure(await Handle(Docman, password: "forged"), 200, NotValidated);
        WireAssert.Failure(await Handle(Docman, email: "nobody@example.ch"), 200, NotValidated);

        _hasher.Received(1).Verify("stored-hash", "Wrong#1");
        _hasher.Received(1).Verify("stored-hash", "");
        _hasher.Received(1).VerifyNothing("Jorge#2016");
        await _directory.Received(3).FindUserAsync(Arg.Any<long>(), 3, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_service_validating_a_user_not_subscribed_to_it_is_refused_though_the_password_is_right()
    {
        Account(955, Role.EndUser, AccountStatus.Active, subscribed: false);

        WireAssert.Failure(await Handle(Docman), 200, NotValidated);
        _hasher.Received(1).Verify("stored-hash", "Jorge#2016");
    }

    [Theory]
    [InlineData(AccountStatus.Disabled)]
    [InlineData(AccountStatus.PendingDeletion)]
    public async Task An_account_that_may_not_sign_in_is_not_validated(AccountStatus status)
    {
        Account(955, Role.EndUser, status);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1)), 200, NotValidated);
    }

    [Fact]
    public async Task An_account_that_is_no_end_user_is_treated_as_unknown()
    {
        Account(955, Role.PartnerAdmin, AccountStatus.Active);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1)), 200, NotValidated);
        _hasher.Received(1).VerifyNothing("Jorge#2016");
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
    }

    [Fact]
    public async Task A_locked_account_spends_a_hash_and_is_not_validated()
    {
        _attempts.TryClaimAsync(955, Arg.Any<LockoutPolicy>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1)), 200, NotValidated);
        _hasher.Received(1).VerifyNothing("Jorge#2016");
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
    }

    private void Account(long id, Role role, AccountStatus status, bool subscribed = true)
    {
        _accounts.FindByLoginAsync("jorge.sanchez@casacom.ch", Arg.Any<CancellationToken>()).Returns(new UserAccount(id, role, status, "stored-hash", 0, null));
        _directory.FindUserAsync(id, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(id, role, 2, status, subscribed));
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, string email = "jorge.sanchez@casacom.ch", string password = "payload")
    {
        var context = TestData.ContextOf(caller);
        var passwords = new PasswordCheck(_attempts, _hasher, new AuditEntry(), TestData.Clock(), Options.Create(new AuthOptions()));
        return new ValidateEndUserCommandHandler(_accounts, _crypter, passwords, new TenantScope(context, _directory), new AuditEntry())
            .Handle(new ValidateEndUserCommand(email, password), CancellationToken.None);
    }
}
