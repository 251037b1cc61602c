namespace Msp.Application.MspModule.MspOperation;

/// <summary>Each rule answers a documented body: the operation's own from the module catalogue, else the platform's usual one.</summary>
public sealed class MspOperationCommandValidator : AbstractValidator<MspOperationCommand>
{
    public MspOperationCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Text).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Email).MustBeEmail().WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MaximumLength(1_600).WithError(ApiError.BadParameters);
        RuleFor(c => c.Text).MustBeMultiLine().WithError(ApiError.BadParameters);
    }
}
