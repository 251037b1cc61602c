using Msp.Application.RealEstate.Fields;

namespace Msp.Application.RealEstate.FlatCreate;

/// <summary>docs/contract.md §3: Building_id, Country, City, Street_name, Street_number, postcode and Apartment_number are required.</summary>
public sealed class FlatCreateCommandValidator : AbstractValidator<FlatCreateCommand>
{
    public FlatCreateCommandValidator()
    {
        RuleFor(c => c.Flat.BuildingId).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.Country).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.City).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.StreetName).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.StreetNumber).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.Postcode).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat.ApartmentNumber).Present().WithError(RealEstateErrors.MissingParameters);
        RuleFor(c => c.Flat).SetValidator(new FlatFieldsValidator());
    }
}
