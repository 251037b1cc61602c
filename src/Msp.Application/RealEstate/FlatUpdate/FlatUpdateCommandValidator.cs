using Msp.Application.RealEstate.Fields;

namespace Msp.Application.RealEstate.FlatUpdate;

/// <summary>docs/contract.md §3: flatID is required, everything else optional; a malformed flatID names no flat.</summary>
public sealed class FlatUpdateCommandValidator : AbstractValidator<FlatUpdateCommand>
{
    public FlatUpdateCommandValidator()
    {
        RuleFor(c => c.FlatId).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.FlatId).MustBeId().WithError(RealEstateErrors.NoFlatFound);
        RuleFor(c => c.Flat).SetValidator(new FlatFieldsValidator());
    }
}
