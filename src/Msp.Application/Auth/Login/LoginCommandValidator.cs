using Msp.Domain.Accounts;

namespace Msp.Application.Auth.Login;

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    /// <summary>RFC 5321's limit; longer can be no account's email or username.</summary>
    private const int MaxLoginLength = 254;

    public LoginCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(AuthErrors.MissingUsername).When(c => c.Uid is null);
        RuleFor(c => c.Password).Present().WithError(AuthErrors.MissingPassword).When(c => c.Email is not null);

        // Over-long input can match no account: answer as for wrong credentials, without hashing megabytes.
        RuleFor(c => c.Email).MaximumLength(MaxLoginLength).WithError(AuthErrors.IncorrectCredentials);
        RuleFor(c => c.Uid).MaximumLength(MaxLoginLength).WithError(AuthErrors.IncorrectCredentials);
        RuleFor(c => c.Password).MaximumLength(PasswordPolicy.MaximumLength).WithError(AuthErrors.IncorrectCredentials);
    }
}
