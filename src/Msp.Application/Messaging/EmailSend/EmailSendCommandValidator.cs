namespace Msp.Application.Messaging.EmailSend;

/// <summary>
/// 6.8 documents one failure, 403 <c>"Invalid email"</c>; every parameter problem answers it (see the outbox ADR): a missing
/// parameter, a malformed address, a subject that is too long or spans lines, an over-long message or one with control characters.
/// </summary>
public sealed class EmailSendCommandValidator : AbstractValidator<EmailSendCommand>
{
    public const int MaxSubjectLength = 255;

    public const int MaxMessageLength = 100_000;

    public EmailSendCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Subject).Present().WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Message).Present().WithError(MessagingErrors.InvalidEmail);

        RuleFor(c => c.Email).MustBeEmail().WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Subject).MaximumLength(MaxSubjectLength).WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Subject).MustBeSingleLine().WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Message).MaximumLength(MaxMessageLength).WithError(MessagingErrors.InvalidEmail);
        RuleFor(c => c.Message).MustBeMultiLine().WithError(MessagingErrors.InvalidEmail);
    }
}
