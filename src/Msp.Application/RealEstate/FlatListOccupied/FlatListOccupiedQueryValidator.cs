namespace Msp.Application.RealEstate.FlatListOccupied;

/// <summary>A missing or malformed BPID names no BP, so no flat is found in it.</summary>
public sealed class FlatListOccupiedQueryValidator : AbstractValidator<FlatListOccupiedQuery>
{
    public FlatListOccupiedQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(RealEstateErrors.NoFlatFound);
        RuleFor(q => q.Bpid).MustBeId().WithError(RealEstateErrors.NoFlatFound);
    }
}
