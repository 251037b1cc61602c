namespace Msp.Application.Messaging;

/// <summary>
/// Messages that must not be lost: written to the outbox table through the request's own unit of work, so they
/// exist exactly when the request's other changes commit, and sent afterwards by the dispatcher. Every message is
/// recorded with the account whose request queued it (none for the platform's own, such as a reset link), and noted
/// in the request's <see cref="QueuedMessages"/>, so that the quotas count it whichever operation queued it (ADR 15).
/// </summary>
public interface IOutboxRepository
{
    Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// When the account's requests have queued more than <paramref name="limit"/> messages of <paramref name="channel"/>
    /// since <paramref name="sinceUtc"/>, sent or not: the time the oldest of them was queued, which is when the window
    /// frees a place. Null while the account is within the limit.
    /// </summary>
    Task<DateTime?> SenderOverLimitSinceAsync(long senderAccountId, MessageChannel channel, DateTime sinceUtc, int limit, CancellationToken cancellationToken);

    /// <summary>The same for the emails or SMS queued to <paramref name="recipient"/>, by anyone.</summary>
    Task<DateTime?> RecipientOverLimitSinceAsync(MessageChannel channel, string recipient, DateTime sinceUtc, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a password reset request (spec 3.4) for the address as entered, and nothing else: whether an active
    /// account has it is decided at send time (<see cref="Auth.Reset.PasswordResetEmail"/>), so the request
    /// costs the same for every address and its timing tells nothing about which ones have accounts.
    /// </summary>
    Task EnqueuePasswordResetAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Queues <paramref name="text"/> as one push message per device token the recipients registered (setDeviceToken),
    /// for active accounts only; answers how many were queued.
    /// </summary>
    Task<int> EnqueuePushAsync(PushRecipients recipients, string text, CancellationToken cancellationToken);
}

/// <summary>Whom a push goes to: one user, or every member of a group.</summary>
public sealed record PushRecipients(long? UserId, long? GroupId)
{
    public static PushRecipients User(long userId) => new(userId, null);

    public static PushRecipients Group(long groupId) => new(null, groupId);
}

public enum MessageChannel
{
    Email,
    Sms,
    Push,
}

/// <summary>A message as a request hands it over: plain text; <paramref name="Subject"/> is empty for an SMS.</summary>
public sealed record OutgoingMessage(MessageChannel Channel, string Recipient, string Subject, string Body)
{
    public static OutgoingMessage Email(string recipient, string subject, string body) => new(MessageChannel.Email, recipient, subject, body);

    public static OutgoingMessage Sms(string mobileNumber, string text) => new(MessageChannel.Sms, mobileNumber, "", text);
}

public interface IRecipientReader
{
    /// <summary>The account's mobile number as stored; empty when it has none.</summary>
    Task<string> MobileNumberAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The BP a user group belongs to; null when there is no such group.</summary>
    Task<long?> GroupPartnerAsync(long groupId, CancellationToken cancellationToken);
}
