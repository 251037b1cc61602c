using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Messaging.SendPushNotification;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Messaging;

/// <summary>sendPushNotification (spec 6.31): one push per device of an active user within reach; otherwise "no members".</summary>
public sealed class SendPushNotificationCommandHandlerTests
{
    private const string NoMembers = """{"error":"error","error_description":"no members in this group."}""";

    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IOutboxRepository _outbox = Substitute.For<IOutboxRepository>();

    [Fact]
    public async Task A_push_to_an_active_user_with_devices_answers_an_empty_array()
    {
        User(955, AccountStatus.Active, partnerId: 2);
        _outbox.EnqueuePushAsync(PushRecipients.User(955), "Hello", Arg.Any<CancellationToken>()).Returns(2);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), 955), "[]");
    }

    [Fact]
    public async Task A_user_without_a_registered_device_has_no_members()
    {
        User(955, AccountStatus.Active, partnerId: 2);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 955), 200, NoMembers);
    }

    [Theory]
    [InlineData(AccountStatus.Disabled, 2L)]
    [InlineData(AccountStatus.PendingDeletion, 2L)]
    [InlineData(AccountStatus.Active, 1L)] // another BP's user
    public async Task An_inactive_user_or_one_out_of_reach_has_no_members_and_nothing_is_queued(AccountStatus status, long partnerId)
    {
        User(955, status, partnerId);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), 955), 200, NoMembers);
        await _outbox.DidNotReceiveWithAnyArgs().EnqueuePushAsync(default!, default!, default);
    }

    [Fact]
    public async Task A_service_reaches_its_subscribers_only()
    {
        _directory.FindUserAsync(955, 3, Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, SubscribedToCallerService: false));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.Service, 910, serviceId: 3), 955), 200, NoMembers);
        await _outbox.DidNotReceiveWithAnyArgs().EnqueuePushAsync(default!, default!, default);
    }

    private void User(long id, AccountStatus status, long partnerId) =>
        _directory.FindUserAsync(id, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(id, Role.EndUser, partnerId, status, false));

    private Task<Result<IReadOnlyList<object>>> Handle(Caller caller, long userId) =>
        new SendPushNotificationCommandHandler(new TenantScope(TestData.ContextOf(caller), _directory), _outbox)
            .Handle(new SendPushNotificationCommand(TestData.Id(userId), "Hello"), CancellationToken.None);
}
