using FluentValidation;
using Msp.Application.Common.Validation;

namespace Msp.Application.Auth.ResetPassword;

public sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(AuthErrors.ResetFailed);
        RuleFor(c => c.Email).MustBeEmail().WithError(AuthErrors.ResetFailed);
    }
}
