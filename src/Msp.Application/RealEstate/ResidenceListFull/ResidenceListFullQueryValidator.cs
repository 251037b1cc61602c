namespace Msp.Application.RealEstate.ResidenceListFull;

/// <summary>A missing or malformed BPID names no BP, so it has no residences: <c>[]</c>.</summary>
public sealed class ResidenceListFullQueryValidator : AbstractValidator<ResidenceListFullQuery>
{
    public ResidenceListFullQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(RealEstateErrors.NoResidences);
        RuleFor(q => q.Bpid).MustBeId().WithError(RealEstateErrors.NoResidences);
    }
}
