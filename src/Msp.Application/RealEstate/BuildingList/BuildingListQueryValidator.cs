namespace Msp.Application.RealEstate.BuildingList;

/// <summary>A missing or malformed BPID, or no residence number, names no residence: "No content", an empty <c>data</c>.</summary>
public sealed class BuildingListQueryValidator : AbstractValidator<BuildingListQuery>
{
    public BuildingListQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(RealEstateErrors.NoBuildings);
        RuleFor(q => q.Bpid).MustBeId().WithError(RealEstateErrors.NoBuildings);
        RuleFor(q => q.ResidenceNumber).Present().WithError(RealEstateErrors.NoBuildings);
    }
}
