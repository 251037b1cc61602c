namespace Msp.Application.Messaging;

/// <summary>
/// What the current request has queued in the outbox, by channel and recipient: the outbox notes every message here as
/// it writes it, and <see cref="MessageQuotaBehavior{TRequest,TResponse}"/> holds the request to the quotas of what it
/// queued. So no operation can send without being counted, and the scaffold's message kind needs no code for it.
/// </summary>
public sealed class QueuedMessages
{
    private readonly HashSet<MessageChannel> _channels = [];

    private readonly HashSet<(MessageChannel Channel, string Recipient)> _recipients = [];

    public bool IsEmpty => _channels.Count == 0;

    public IReadOnlyCollection<MessageChannel> Channels => _channels;

    /// <summary>The email addresses and mobile numbers written to; push tokens are devices, not people, and are not listed.</summary>
    public IReadOnlyCollection<(MessageChannel Channel, string Recipient)> Recipients => _recipients;

    public void Add(MessageChannel channel, string recipient)
    {
        _channels.Add(channel);
        _recipients.Add((channel, recipient));
    }

    public void AddPush(int deliveries)
    {
        if (deliveries > 0)
        {
            _channels.Add(MessageChannel.Push);
        }
    }
}
