using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendSms;

public sealed class SendSmsCommandHandler(TargetUser target, IRecipientReader recipients, IOutboxRepository outbox)
    : IRequestHandler<SendSmsCommand, Result<StatusResponse>>
{
    public async Task<Result<StatusResponse>> Handle(SendSmsCommand request, CancellationToken cancellationToken)
    {
        var mobile = (await recipients.MobileNumberAsync(target.User.Id, cancellationToken)).Trim();
        if (mobile.Length == 0)
        {
            return MessagingErrors.EmptyMobilUser;
        }

        await outbox.EnqueueAsync(OutgoingMessage.Sms(mobile, request.Text!), cancellationToken);
        return StatusResponse.SmsPrepared;
    }
}
