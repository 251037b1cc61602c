using FluentValidation;
using Msp.Application.Common.Validation;

namespace Msp.Application.Messaging.SendSms;

public sealed class SendSmsCommandValidator : AbstractValidator<SendSmsCommand>
{
    /// <summary>Ten concatenated SMS segments; longer texts are refused rather than cut.</summary>
    public const int MaxTextLength = 1600;

    public SendSmsCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(MessagingErrors.SmsMissingParameters);
        RuleFor(c => c.Text).Present().WithError(MessagingErrors.SmsMissingParameters);

        RuleFor(c => c.UserId).MustBeId().WithError(MessagingErrors.SmsBadParameters);
        RuleFor(c => c.Text).MaximumLength(MaxTextLength).WithError(MessagingErrors.SmsBadParameters);
    }
}
