namespace Msp.Application.RealEstate.FlatDelete;

/// <summary>A missing or malformed flatID names no flat: the answer for one that does not exist (6.10 documents no 400).</summary>
public sealed class FlatDeleteCommandValidator : AbstractValidator<FlatDeleteCommand>
{
    public FlatDeleteCommandValidator()
    {
        RuleFor(c => c.FlatId).Present().WithError(RealEstateErrors.NoFlatFound);
        RuleFor(c => c.FlatId).MustBeId().WithError(RealEstateErrors.NoFlatFound);
    }
}
