namespace Msp.Application.Addresses.AddressDelete;

public sealed class AddressDeleteCommandValidator : AbstractValidator<AddressDeleteCommand>
{
    public AddressDeleteCommandValidator()
    {
        // A missing or malformed id names no address: the answer for one that does not exist (ADR 9).
        RuleFor(c => c.AddressId).Present().WithError(AddressesErrors.NoAddressFound);
        RuleFor(c => c.AddressId).MustBeId().WithError(AddressesErrors.NoAddressFound);
    }
}
