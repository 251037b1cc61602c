using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendSms;

public sealed class SendSmsCommandHandler(TenantScope scope, IRecipientReader recipients, IOutboxRepository outbox)
    : IRequestHandler<SendSmsCommand, Result<StatusResponse>>
{
    public async Task<Result<StatusResponse>> Handle(SendSmsCommand request, CancellationToken cancellationToken)
    {
        var userId = request.UserId!.Value;

        // 6.32 has no 403: a user out of reach, or unknown, gets the unauthorized body (CONTRACT.md §2).
        var user = await scope.FindUserAsync(userId, AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin, cancellationToken);
        if (user is null)
        {
            return MessagingErrors.Unauthorized;
        }

        var mobile = (await recipients.MobileNumberAsync(user.Id, cancellationToken)).Trim();
        if (mobile.Length == 0)
        {
            return MessagingErrors.EmptyMobilUser;
        }

        await outbox.EnqueueAsync(OutgoingMessage.Sms(mobile, request.Text!), cancellationToken);
        return StatusResponse.SmsPrepared;
    }
}
