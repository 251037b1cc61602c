namespace Msp.Application.MspModule.MspOperation;

/// <summary>Each rule answers a documented body: the operation's own from the module catalogue, else the platform's usual one.</summary>
public sealed class MspOperationMspKindValidator : AbstractValidator<MspOperationMspKind>
{
    public MspOperationMspKindValidator()
    {
        RuleFor(r => r.Id).Present().WithError(ApiError.MissingParameters);
        RuleFor(r => r.Id).MustBeId().WithError(ApiError.BadParameters);
    }
}
