using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.EmailSend;

public sealed class EmailSendCommandHandler(
    TenantScope scope,
    CallerContext context,
    IOutboxRepository outbox,
    TimeProvider clock,
    IOptions<EmailQuotaOptions> quota) : IRequestHandler<EmailSendCommand, Result<StatusResponse>>
{
    public async Task<Result<StatusResponse>> Handle(EmailSendCommand request, CancellationToken cancellationToken)
    {
        var recipient = request.Email!;

        // A foreign address answers like a malformed one: an end user learns nothing about other BPs' addresses.
        if (!await scope.MayWriteToAsync(recipient, cancellationToken))
        {
            return MessagingErrors.InvalidEmail;
        }

        var sender = context.Caller.UserId;
        await outbox.EnqueueAsync(OutgoingMessage.Email(recipient, request.Subject!, request.Message!) with { SenderAccountId = sender }, cancellationToken);

        // Counted after the insert, in the command's transaction (writers take turns, ADR 14), so concurrent requests
        // cannot all pass the same count; over the quota the documented 403 rolls the message back.
        var perHour = quota.Value.PerAccountPerHour;
        var sinceUtc = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        if (perHour > 0 && await outbox.CountEmailsOfSenderSinceAsync(sender, sinceUtc, cancellationToken) > perHour)
        {
            return MessagingErrors.InvalidEmail;
        }

        return StatusResponse.Ok;
    }
}
