using FluentValidation;
using Msp.Application.Common.Validation;

namespace Msp.Application.Auth.Reset;

public sealed class ResetCommandValidator : AbstractValidator<ResetCommand>
{
    public ResetCommandValidator()
    {
        RuleFor(c => c.Email).Present().WithError(AuthErrors.ResetFailed);
        RuleFor(c => c.Email).MustBeEmail().WithError(AuthErrors.ResetFailed);
    }
}
