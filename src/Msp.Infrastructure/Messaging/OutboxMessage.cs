using Msp.Application.Messaging;

namespace Msp.Infrastructure.Messaging;

/// <summary>A claimed outbox row on its way to a sender.</summary>
public sealed record OutboxMessage(
    long Id,
    MessageChannel Channel,
    string Recipient,
    string Subject,
    string Body,
    int Attempts,
    DateTime CreatedAtUtc,
    OutboxKind Kind = OutboxKind.Message)
{
    /// <summary>A push message's device platform (<c>Android</c>, <c>iOS</c>) and app id; empty for email and SMS.</summary>
    public string Platform { get; init; } = "";

    public string AppId { get; init; } = "";
}

/// <summary>What an outbox row holds (column <c>kind</c>).</summary>
public enum OutboxKind
{
    /// <summary>A message as it is to be sent.</summary>
    Message,

    /// <summary>A password reset request: the address as entered; the email is composed when it is sent.</summary>
    PasswordReset,
}

/// <summary>Sends one message; throws <see cref="MessageDeliveryException"/> when the provider did not take it.</summary>
public interface IMessageSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A delivery that failed. <see cref="Reason"/> goes to <c>last_error</c> and the log: short, and never with a
/// credential, a recipient or message text in it. <see cref="Permanent"/>: the provider refused this message for
/// good (a rejected recipient), so retrying cannot help.
/// </summary>
public sealed class MessageDeliveryException : Exception
{
    public MessageDeliveryException()
        : this("delivery failed")
    {
    }

    public MessageDeliveryException(string reason)
        : this(reason, permanent: false, null)
    {
    }

    public MessageDeliveryException(string reason, Exception? innerException)
        : this(reason, permanent: false, innerException)
    {
    }

    public MessageDeliveryException(string reason, bool permanent, Exception? innerException)
        : base(reason, innerException)
    {
        Reason = reason;
        Permanent = permanent;
    }

    public string Reason { get; }

    public bool Permanent { get; }
}

internal static class OutboxChannels
{
    public const string Email = "email";

    public const string Sms = "sms";

    public const string Push = "push";

    public static string ToColumn(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => Email,
        MessageChannel.Push => Push,
        _ => Sms,
    };

    public static MessageChannel FromColumn(string value) => value switch
    {
        Email => MessageChannel.Email,
        Push => MessageChannel.Push,
        _ => MessageChannel.Sms,
    };
}

internal static class OutboxKinds
{
    public const string PasswordReset = "password_reset";

    public static OutboxKind FromColumn(string value) => value == PasswordReset ? OutboxKind.PasswordReset : OutboxKind.Message;
}
