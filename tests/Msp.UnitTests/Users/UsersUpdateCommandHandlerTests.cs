using Msp.Application.Audit;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Users;
using Msp.Application.Users.UserFields;
using Msp.Application.Users.UsersUpdate;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Users;

/// <summary>
/// users/update (spec 6.44, ADR 15, 17): an end user within reach, its given fields written, sessions ended by a new
/// password or a disable, and no email whatever template is named.
/// </summary>
public sealed class UsersUpdateCommandHandlerTests
{
    private const string InvalidAccess = """{"msg":"invalid access"}""";

    private static readonly Caller LindauAdmin = TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2);

    private readonly UserFieldsHarness _ports = new();

    public UsersUpdateCommandHandlerTests()
    {
        User(955, Role.EndUser, AccountStatus.Active);
        _ports.Users.UpdateAsync(955, Arg.Any<UserRow>(), TestData.Now, Arg.Any<CancellationToken>())
            .Returns(new UserContact("jorge.sanchez@casacom.ch", "Jorge", "Sanchez", "jorge"));
    }

    [Fact]
    public async Task The_given_fields_are_written_and_a_new_password_ends_the_user_s_sessions()
    {
        WireAssert.Success(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, username: null, email: null)), """{"msg":"Ok"}""");

        await _ports.Users.Received(1).UpdateAsync(955, Arg.Is<UserRow>(r => r.PasswordHash == "hash:Secret#2026" && r.Username == null && r.PartnerId == null), TestData.Now, Arg.Any<CancellationToken>());
        await _ports.Tokens.Received(1).RevokeAllOfAccountAsync(955, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Disabling_ends_the_sessions_and_other_changes_keep_them()
    {
        WireAssert.Success(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, username: null, email: null, password: null, status: "0")), """{"msg":"Ok"}""");
        await _ports.Tokens.Received(1).RevokeAllOfAccountAsync(955, TestData.Now, Arg.Any<CancellationToken>());

        _ports.Tokens.ClearReceivedCalls();
        WireAssert.Success(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, username: "jorge2", email: null, password: null)), """{"msg":"Ok"}""");
        await _ports.Tokens.DidNotReceiveWithAnyArgs().RevokeAllOfAccountAsync(default, default, default);
    }

    [Fact]
    public async Task An_update_sends_no_welcome_even_when_a_template_is_named()
    {
        _ports.Templates.FindAsync(1, "en", Arg.Any<CancellationToken>()).Returns(new EmailTemplateText("Welcome", "Hi {name}"));

        WireAssert.Success(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, templateId: 1)), """{"msg":"Ok"}""");
        await _ports.Outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
    }

    [Fact]
    public async Task The_taken_check_leaves_the_user_itself_out()
    {
        WireAssert.Success(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, username: "jorge", email: "jorge.sanchez@casacom.ch", password: null)), """{"msg":"Ok"}""");
        await _ports.Users.Received(1).IsTakenAsync("jorge", "jorge.sanchez@casacom.ch", 955, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(Role.PartnerAdmin, AccountStatus.Active)]
    [InlineData(Role.EndUser, AccountStatus.PendingDeletion)]
    public async Task An_account_that_is_no_end_user_or_is_pending_deletion_is_invalid_access(Role role, AccountStatus status)
    {
        User(955, role, status);

        WireAssert.Failure(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null)), 403, InvalidAccess);
        await _ports.Users.DidNotReceiveWithAnyArgs().UpdateAsync(default, default!, default, default);
    }

    [Fact]
    public async Task Another_BP_s_user_and_a_move_to_another_BP_are_invalid_access()
    {
        WireAssert.Failure(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null), TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1)), 403, InvalidAccess);
        WireAssert.Failure(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: 1)), 403, InvalidAccess);
        await _ports.Users.DidNotReceiveWithAnyArgs().UpdateAsync(default, default!, default, default);
    }

    [Fact]
    public async Task Services_are_checked_against_the_user_s_own_BP_when_none_is_given()
    {
        WireAssert.Failure(await Handle(UserFieldsHarness.Fields(userId: 955, partnerId: null, services: "3,7")), 402, """{"msg":"Bad parameters"}""");
        await _ports.Users.Received(1).OfferedServiceIdsAsync(2, Arg.Any<CancellationToken>());
        await _ports.Users.DidNotReceiveWithAnyArgs().UpdateAsync(default, default!, default, default);
    }

    private void User(long id, Role role, AccountStatus status) =>
        _ports.Directory.FindUserAsync(id, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(id, role, 2, status, false));

    private Task<Result<MessageResponse>> Handle(AccountFields fields, Caller? caller = null)
    {
        var (scope, taken) = _ports.ScopeOf(caller ?? LindauAdmin);
        return new UserFieldsCommandHandler<UsersUpdateCommand>(scope, _ports.Users, _ports.Templates, _ports.Outbox, _ports.Hasher, _ports.Tokens, taken, _ports.Limits, new AuditEntry(), TestData.Clock())
            .Handle(new UsersUpdateCommand(fields), CancellationToken.None);
    }
}
