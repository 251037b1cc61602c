using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses.AddressUpdate;

public sealed class AddressUpdateCommandValidator : AbstractValidator<AddressUpdateCommand>
{
    public AddressUpdateCommandValidator()
    {
        // A missing or malformed id names no address: the answer for one that does not exist (ADR 9).
        RuleFor(c => c.AddressId).Present().WithError(AddressesErrors.NoAddressFoundForUpdate);
        RuleFor(c => c.AddressId).MustBeId().WithError(AddressesErrors.NoAddressFoundForUpdate);
        RuleFor(c => c.Address).SetValidator(new AddressFieldsValidator());
    }
}
