using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>An address needs at least its street and its city, by name or by id (ADR 9).</summary>
public sealed class AddressCreateCommandValidator : AbstractValidator<AddressCreateCommand>
{
    public AddressCreateCommandValidator()
    {
        RuleFor(c => c.Address.StreetAddress).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Address.City)
            .Present().When(c => c.Address.CityId is null)
            .WithMessage("'City' or 'City Id' must be given.")
            .WithError(ApiError.MissingParameters);

        // A malformed id names nobody: the answer for a user out of reach (ADR 9).
        RuleFor(c => c.UserId).MustBeId().WithError(AddressesErrors.Unauthorized);
        RuleFor(c => c.Address).SetValidator(new AddressFieldsValidator());
    }
}
