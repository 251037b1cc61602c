namespace Msp.Application.RealEstate.Fields;

/// <summary>
/// The rules every given flat field keeps, shared by flatCreate and flatUpdate: every text one line within its column, every
/// number and the country well formed, else the platform's "Bad parameters" (ADR 6, ADR 20). A malformed building id
/// names no building.
/// </summary>
public sealed class FlatFieldsValidator : AbstractValidator<FlatFields>
{
    public FlatFieldsValidator()
    {
        RuleFor(f => f.BuildingId).MustBeId().WithError(RealEstateErrors.NoBuildingFound);
        RuleFor(f => f.Country).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(f => f.State).MaximumLength(FlatFields.Text).WithError(ApiError.BadParameters);
        RuleFor(f => f.State).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.City).MaximumLength(FlatFields.Text).WithError(ApiError.BadParameters);
        RuleFor(f => f.City).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.StreetName).MaximumLength(FlatFields.Text).WithError(ApiError.BadParameters);
        RuleFor(f => f.StreetName).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.StreetNumber).MaximumLength(FlatFields.ShortText).WithError(ApiError.BadParameters);
        RuleFor(f => f.StreetNumber).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.Postcode).MaximumLength(FlatFields.ShortText).WithError(ApiError.BadParameters);
        RuleFor(f => f.Postcode).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.Floor).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(f => f.ApartmentNumber).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(f => f.Letter).MaximumLength(FlatFields.ShortText).WithError(ApiError.BadParameters);
        RuleFor(f => f.Letter).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.Code).MaximumLength(FlatFields.Text).WithError(ApiError.BadParameters);
        RuleFor(f => f.Code).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(f => f.Size).MustBeValid().WithError(ApiError.BadParameters);
    }
}
