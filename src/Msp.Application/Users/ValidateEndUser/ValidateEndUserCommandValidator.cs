namespace Msp.Application.Users.ValidateEndUser;

/// <summary>Nothing to check without both: the one failure body (spec 6.45 documents no other).</summary>
public sealed class ValidateEndUserCommandValidator : AbstractValidator<ValidateEndUserCommand>
{
    public ValidateEndUserCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(UsersErrors.NotValidated);
        RuleFor(c => c.Password).Present().WithError(UsersErrors.NotValidated);
    }
}
