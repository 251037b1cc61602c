namespace Msp.Application.Messaging.SendSms;

public sealed class SendSmsCommandValidator : AbstractValidator<SendSmsCommand>
{
    /// <summary>Ten concatenated SMS segments; longer texts are refused rather than cut.</summary>
    public const int MaxTextLength = 1600;

    public SendSmsCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Text).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.UserId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MaximumLength(MaxTextLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MustBeMultiLine().WithError(ApiError.BadParameters);
    }
}
