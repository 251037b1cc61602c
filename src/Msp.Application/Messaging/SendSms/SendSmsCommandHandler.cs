using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Messaging.SendSms;

public sealed class SendSmsCommandHandler(TargetUser target, IRecipientReader recipients, IOutboxRepository outbox, IOptions<MessageLimitsOptions> limits)
    : IRequestHandler<SendSmsCommand, Result<StatusResponse>>
{
    public async Task<Result<StatusResponse>> Handle(SendSmsCommand request, CancellationToken cancellationToken)
    {
        // A number stored before numbers were checked may not be one, or may lie in a range no SMS goes to: either way
        // the user has no mobile number the platform texts.
        var mobile = PhoneNumber.Parse(await recipients.MobileNumberAsync(target.User.Id, cancellationToken));
        if (mobile is null || !limits.Value.MayText(mobile))
        {
            return MessagingErrors.EmptyMobilUser;
        }

        await outbox.EnqueueAsync(OutgoingMessage.Sms(mobile.Value, request.Text!), cancellationToken);
        return StatusResponse.SmsPrepared;
    }
}
