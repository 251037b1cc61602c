using FluentValidation;
using Msp.Application.Common.Validation;

namespace Msp.Application.Addresses.AddressList;

public sealed class AddressListQueryValidator : AbstractValidator<AddressListQuery>
{
    public AddressListQueryValidator()
    {
        // A malformed id names nobody: the answer for a user out of reach (ADR 9).
        RuleFor(q => q.UserId).MustBeId().WithError(AddressesErrors.Unauthorized);
    }
}
