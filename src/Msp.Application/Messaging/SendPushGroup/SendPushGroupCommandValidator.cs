namespace Msp.Application.Messaging.SendPushGroup;

/// <summary>6.30 documents no body for bad input: the platform's usual 400s (ADR 6).</summary>
public sealed class SendPushGroupCommandValidator : AbstractValidator<SendPushGroupCommand>
{
    public SendPushGroupCommandValidator()
    {
        RuleFor(c => c.GroupId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Text).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.GroupId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MaximumLength(PushText.MaxLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MustBeMultiLine().WithError(ApiError.BadParameters);
    }
}
