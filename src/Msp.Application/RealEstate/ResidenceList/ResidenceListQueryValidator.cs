namespace Msp.Application.RealEstate.ResidenceList;

/// <summary>A missing or malformed BPID names no BP, so it has no residences: <c>[]</c>.</summary>
public sealed class ResidenceListQueryValidator : AbstractValidator<ResidenceListQuery>
{
    public ResidenceListQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(RealEstateErrors.NoResidences);
        RuleFor(q => q.Bpid).MustBeId().WithError(RealEstateErrors.NoResidences);
    }
}
