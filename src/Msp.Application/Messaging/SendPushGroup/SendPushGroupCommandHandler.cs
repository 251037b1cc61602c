using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendPushGroup;

public sealed class SendPushGroupCommandHandler(TenantScope scope, IRecipientReader recipients, IOutboxRepository outbox)
    : IRequestHandler<SendPushGroupCommand, Result<IReadOnlyList<object>>>
{
    public async Task<Result<IReadOnlyList<object>>> Handle(SendPushGroupCommand request, CancellationToken cancellationToken)
    {
        // An unknown group, another BP's, and one whose members have no device: one answer (docs/contract.md §3).
        var groupId = request.GroupId!.Value;
        var partnerId = await recipients.GroupPartnerAsync(groupId, cancellationToken);
        if (partnerId is null || !scope.MayReachPartner(partnerId.Value, SendPushGroupCommand.Callers))
        {
            return MessagingErrors.NoMembers;
        }

        var queued = await outbox.EnqueuePushAsync(PushRecipients.Group(groupId), request.Text!, cancellationToken);
        return queued == 0 ? MessagingErrors.NoMembers : Result<IReadOnlyList<object>>.Success([]);
    }
}
