using Msp.Application.Messaging;

namespace Msp.Infrastructure.Messaging;

/// <summary>The live sender: each message to its channel's provider.</summary>
public sealed class ChannelSender(SmtpEmailSender email, HttpSmsSender sms) : IMessageSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.Channel == MessageChannel.Email ? email.SendAsync(message, cancellationToken) : sms.SendAsync(message, cancellationToken);
}
