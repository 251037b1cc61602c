using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Messaging.SendPushGroup;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Messaging;

/// <summary>sendPushGroup (spec 6.30): a group of the caller's BP; an unknown, foreign or deviceless group is one answer.</summary>
public sealed class SendPushGroupCommandHandlerTests
{
    private const string NoMembers = """{"error":"error","error_description":"no members in this group."}""";

    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IRecipientReader _recipients = Substitute.For<IRecipientReader>();
    private readonly IOutboxRepository _outbox = Substitute.For<IOutboxRepository>();

    public SendPushGroupCommandHandlerTests() => _recipients.GroupPartnerAsync(5, Arg.Any<CancellationToken>()).Returns(2L);

    [Fact]
    public async Task A_group_of_the_caller_s_BP_with_devices_answers_an_empty_array()
    {
        _outbox.EnqueuePushAsync(PushRecipients.Group(5), "Maintenance tonight", Arg.Any<CancellationToken>()).Returns(3);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), 5), "[]");
    }

    [Fact]
    public async Task The_msp_admin_pushes_to_any_BP_s_group()
    {
        _outbox.EnqueuePushAsync(PushRecipients.Group(5), "Maintenance tonight", Arg.Any<CancellationToken>()).Returns(1);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 5), "[]");
    }

    [Fact]
    public async Task An_unknown_or_another_BP_s_group_has_no_members_and_nothing_is_queued()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1), 5), 200, NoMembers);
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 99), 200, NoMembers);
        await _outbox.DidNotReceiveWithAnyArgs().EnqueuePushAsync(default!, default!, default);
    }

    [Fact]
    public async Task A_group_whose_members_have_no_device_has_no_members()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), 5), 200, NoMembers);
    }

    private Task<Result<IReadOnlyList<object>>> Handle(Caller caller, long groupId) =>
        new SendPushGroupCommandHandler(new TenantScope(TestData.ContextOf(caller), _directory), _recipients, _outbox)
            .Handle(new SendPushGroupCommand(TestData.Id(groupId), "Maintenance tonight"), CancellationToken.None);
}
