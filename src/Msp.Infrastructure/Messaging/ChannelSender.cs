using Msp.Application.Messaging;

namespace Msp.Infrastructure.Messaging;

/// <summary>The live sender: each message to its channel's provider.</summary>
public sealed class ChannelSender(SmtpEmailSender email, HttpSmsSender sms) : IMessageSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        MessageChannel.Email => email.SendAsync(message, cancellationToken),
        MessageChannel.Push => throw new MessageDeliveryException("no push provider configured"),
        _ => sms.SendAsync(message, cancellationToken),
    };
}
