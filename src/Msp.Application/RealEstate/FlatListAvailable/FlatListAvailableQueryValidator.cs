namespace Msp.Application.RealEstate.FlatListAvailable;

/// <summary>A missing or malformed BPID names no BP, so no flat is found in it.</summary>
public sealed class FlatListAvailableQueryValidator : AbstractValidator<FlatListAvailableQuery>
{
    public FlatListAvailableQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(RealEstateErrors.NoFlatFound);
        RuleFor(q => q.Bpid).MustBeId().WithError(RealEstateErrors.NoFlatFound);
    }
}
