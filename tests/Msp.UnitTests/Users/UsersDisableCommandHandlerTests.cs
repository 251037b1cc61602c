using Msp.Application.Auth;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Users;
using Msp.Application.Users.UserStatus;
using Msp.Application.Users.UsersActive;
using Msp.Application.Users.UsersDisable;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Users;

/// <summary>
/// users/disable (spec 6.42, ADR 8): an end user's account disabled and its sessions ended; an admin account is not
/// switched off this way. users/active beside it: the one status that keeps sessions as they are.
/// </summary>
public sealed class UsersDisableCommandHandlerTests
{
    private readonly IUserStatusRepository _users = Substitute.For<IUserStatusRepository>();
    private readonly ITokenRepository _tokens = Substitute.For<ITokenRepository>();

    [Fact]
    public async Task An_end_user_is_disabled_and_its_sessions_end_at_the_same_instant()
    {
        WireAssert.Success(await Disable(Target(Role.EndUser)), """{"msg":"ok"}""");

        await _users.Received(1).SetStatusAsync(955, AccountStatus.Disabled, TestData.Now, Arg.Any<CancellationToken>());
        await _tokens.Received(1).RevokeAllOfAccountAsync(955, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(Role.PartnerAdmin)]
    [InlineData(Role.MspAdmin)]
    [InlineData(Role.Service)]
    public async Task An_account_that_is_no_end_user_is_not_allowed_and_untouched(Role role)
    {
        WireAssert.Failure(await Disable(Target(role)), 403, """{"msg":"User not allowed"}""");
        await _users.DidNotReceiveWithAnyArgs().SetStatusAsync(default, default, default, default);
        await _tokens.DidNotReceiveWithAnyArgs().RevokeAllOfAccountAsync(default, default, default);
    }

    [Fact]
    public async Task Activating_sets_the_status_and_revokes_nothing()
    {
        var result = await new UserStatusCommandHandler<UsersActiveCommand>(Target(Role.EndUser), _users, _tokens, TestData.Clock()).Handle(new UsersActiveCommand(TestData.Id(955)), CancellationToken.None);

        WireAssert.Success(result, """{"msg":"ok"}""");
        await _users.Received(1).SetStatusAsync(955, AccountStatus.Active, TestData.Now, Arg.Any<CancellationToken>());
        await _tokens.DidNotReceiveWithAnyArgs().RevokeAllOfAccountAsync(default, default, default);
    }

    private static TargetUser Target(Role role) => new() { User = new ScopedUser(955, role, 2, AccountStatus.Active, false) };

    private Task<Result<MessageResponse>> Disable(TargetUser target) =>
        new UserStatusCommandHandler<UsersDisableCommand>(target, _users, _tokens, TestData.Clock()).Handle(new UsersDisableCommand(TestData.Id(955)), CancellationToken.None);
}
