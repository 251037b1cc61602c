using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Messaging.SendPushNotification;

public sealed class SendPushNotificationCommandHandler(TenantScope scope, IOutboxRepository outbox)
    : IRequestHandler<SendPushNotificationCommand, Result<IReadOnlyList<object>>>
{
    public async Task<Result<IReadOnlyList<object>>> Handle(SendPushNotificationCommand request, CancellationToken cancellationToken)
    {
        // A user out of reach, unknown or not active has no device to push to, as far as the caller may know.
        var user = await scope.FindUserAsync(request.UserId!.Value, SendPushNotificationCommand.Callers, cancellationToken);
        if (user is null || !user.Status.IsActive())
        {
            return MessagingErrors.NoMembers;
        }

        var queued = await outbox.EnqueuePushAsync(PushRecipients.User(user.Id), request.Text!, cancellationToken);
        return queued == 0 ? MessagingErrors.NoMembers : Result<IReadOnlyList<object>>.Success([]);
    }
}
