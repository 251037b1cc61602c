using FluentValidation;
using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Validation;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>An address needs at least its street and its city, by name or by id (ADR 9).</summary>
public sealed class AddressCreateCommandValidator : AddressFieldsValidator<AddressCreateCommand>
{
    public AddressCreateCommandValidator()
    {
        RuleFor(c => c.StreetAddress).Present().WithError(AddressesErrors.MissingParameters);
        RuleFor(c => c.City)
            .Present().When(c => c.CityId is null)
            .WithMessage("'City' or 'City Id' must be given.")
            .WithError(AddressesErrors.MissingParameters);

        // A malformed id names nobody: the answer for a user out of reach (ADR 9).
        RuleFor(c => c.UserId).MustBeId().WithError(AddressesErrors.Unauthorized);
        AddFieldRules();
    }
}
