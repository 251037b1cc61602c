using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging.Push;

namespace Msp.Infrastructure.Messaging;

/// <summary>The live sender: each message to its channel's provider.</summary>
public sealed class ChannelSender(SmtpEmailSender email, HttpSmsSender sms, PushSender push) : IMessageSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        MessageChannel.Email => email.SendAsync(message, cancellationToken),
        MessageChannel.Push => push.SendAsync(message, cancellationToken),
        _ => sms.SendAsync(message, cancellationToken),
    };
}
