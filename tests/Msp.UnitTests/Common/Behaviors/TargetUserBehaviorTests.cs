using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Common.Behaviors;

public sealed class TargetUserBehaviorTests
{
    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly TargetUser _target = new();
    private readonly CallerContext _context;
    private int _nextCalls;

    public TargetUserBehaviorTests()
    {
        _context = TestData.ContextOf(new Caller(920, Role.PartnerAdmin, PartnerId: 1, ServiceId: null, 501, TestData.Now.AddHours(5), null));
    }

    private TargetUserBehavior<TRequest, Result<string>> Behavior<TRequest>() => new(_context, new TenantScope(_context, _directory), _target);

    private Task<Result<string>> Next()
    {
        _nextCalls++;
        return Task.FromResult(Result<string>.Success("handled"));
    }

    [Fact]
    public async Task A_user_within_reach_is_handed_to_the_handler()
    {
        var user = new ScopedUser(1097, Role.EndUser, 1, AccountStatus.Active, false);
        _directory.FindUserAsync(1097, null, Arg.Any<CancellationToken>()).Returns(user);
        ScopedUser? seenByHandler = null;

        var result = await Behavior<TargetProbe>().Handle(new TargetProbe(WireId.FromText("1097")), default, () =>
        {
            seenByHandler = _target.User;
            return Next();
        });

        Assert.True(result.IsSuccess);
        Assert.Same(user, seenByHandler);
    }

    [Fact]
    public async Task A_user_of_another_BP_and_a_user_not_there_get_the_same_answer_without_the_handler()
    {
        _directory.FindUserAsync(955, null, Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, false));

        var outsider = await Behavior<TargetProbe>().Handle(new TargetProbe(WireId.FromText("955")), default, Next);
        var nobody = await Behavior<TargetProbe>().Handle(new TargetProbe(WireId.FromText("777777")), default, Next);

        Assert.Same(TargetProbe.Missing, outsider.Error);
        Assert.Same(TargetProbe.Missing, nobody.Error);
        Assert.Equal(0, _nextCalls);
        await _directory.Received(1).FindUserAsync(955, null, Arg.Any<CancellationToken>());
        await _directory.Received(1).FindUserAsync(777777, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task No_id_targets_the_caller()
    {
        var self = new ScopedUser(920, Role.PartnerAdmin, 1, AccountStatus.Active, false);
        _directory.FindUserAsync(920, null, Arg.Any<CancellationToken>()).Returns(self);

        var result = await Behavior<TargetProbe>().Handle(new TargetProbe(null), default, Next);

        Assert.True(result.IsSuccess);
        Assert.Same(self, _target.User);
    }

    [Fact]
    public async Task A_request_that_targets_nobody_passes_without_a_lookup()
    {
        var result = await Behavior<GuardedProbe>().Handle(new GuardedProbe(), default, Next);

        Assert.True(result.IsSuccess);
        await _directory.DidNotReceiveWithAnyArgs().FindUserAsync(default, default, default);
    }

    [Fact]
    public async Task A_reader_answers_an_account_pending_deletion_as_one_not_there()
    {
        _directory.FindUserAsync(1154, null, Arg.Any<CancellationToken>()).Returns(new ScopedUser(1154, Role.EndUser, 1, AccountStatus.PendingDeletion, false));

        var result = await Behavior<TargetProbe>().Handle(new TargetProbe(WireId.FromText("1154")), default, Next);

        Assert.Same(TargetProbe.Missing, result.Error);
        Assert.Equal(0, _nextCalls);
    }

    [Fact]
    public async Task A_command_and_a_reader_that_declares_it_reach_an_account_pending_deletion()
    {
        _directory.FindUserAsync(1154, null, Arg.Any<CancellationToken>()).Returns(new ScopedUser(1154, Role.EndUser, 1, AccountStatus.PendingDeletion, false));

        var command = await Behavior<TargetCommandProbe>().Handle(new TargetCommandProbe(WireId.FromText("1154")), default, Next);
        var reader = await Behavior<PendingDeletionReaderProbe>().Handle(new PendingDeletionReaderProbe(WireId.FromText("1154")), default, Next);

        Assert.True(command.IsSuccess);
        Assert.True(reader.IsSuccess);
        Assert.Equal(2, _nextCalls);
    }

    [Fact]
    public async Task A_reader_sees_a_disabled_account()
    {
        _directory.FindUserAsync(896, null, Arg.Any<CancellationToken>()).Returns(new ScopedUser(896, Role.EndUser, 1, AccountStatus.Disabled, false));

        var result = await Behavior<TargetProbe>().Handle(new TargetProbe(WireId.FromText("896")), default, Next);

        Assert.True(result.IsSuccess);
    }
}
