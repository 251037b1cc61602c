namespace Msp.Application.Messaging.SendPushNotification;

/// <summary>6.31 documents no body for bad input: the platform's usual 400s (ADR 6).</summary>
public sealed class SendPushNotificationCommandValidator : AbstractValidator<SendPushNotificationCommand>
{
    public SendPushNotificationCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Text).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.UserId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MaximumLength(PushText.MaxLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MustBeMultiLine().WithError(ApiError.BadParameters);
    }
}
