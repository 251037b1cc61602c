using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.EmailSend;

public sealed class EmailSendCommandHandler(TenantScope scope, IOutboxRepository outbox) : IRequestHandler<EmailSendCommand, Result<StatusResponse>>
{
    public async Task<Result<StatusResponse>> Handle(EmailSendCommand request, CancellationToken cancellationToken)
    {
        var recipient = request.Email!;

        // A foreign address answers like a malformed one: an end user learns nothing about other BPs' addresses.
        if (!await scope.MayWriteToAsync(recipient, cancellationToken))
        {
            return MessagingErrors.InvalidEmail;
        }

        await outbox.EnqueueAsync(OutgoingMessage.Email(recipient, request.Subject!, request.Message!), cancellationToken);
        return StatusResponse.Ok;
    }
}
