using Msp.Domain.Accounts;

namespace Msp.Application.Auth.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).Present().WithError(AuthErrors.MissingParameters);
        RuleFor(c => c.NewPassword).Present().WithError(AuthErrors.MissingParameters);
        RuleFor(c => c.NewPasswordRepeat).Present().WithError(AuthErrors.MissingParameters);

        RuleFor(c => c.CurrentPassword).MaximumLength(PasswordPolicy.MaximumLength).WithError(AuthErrors.BadParameters);
        RuleFor(c => c.NewPassword)
            .Must(p => p is null || PasswordPolicy.IsAcceptable(p))
            .WithErrorCode("password_policy")
            .WithMessage($"The new password must have {PasswordPolicy.MinimumLength} to {PasswordPolicy.MaximumLength} characters.")
            .WithError(AuthErrors.BadParameters);
        RuleFor(c => c.NewPasswordRepeat)
            .Equal(c => c.NewPassword).When(c => c.NewPassword is not null && c.NewPasswordRepeat is not null)
            .WithErrorCode("password_repeat")
            .WithError(AuthErrors.BadParameters);
        RuleFor(c => c.NewPassword)
            .NotEqual(c => c.CurrentPassword).When(c => c.NewPassword is not null && c.CurrentPassword is not null)
            .WithErrorCode("password_unchanged")
            .WithMessage("The new password must differ from the current one.")
            .WithError(AuthErrors.BadParameters);
    }
}
