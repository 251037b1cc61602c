namespace Msp.Application.Hardware.UpdateMACstatus;

/// <summary>
/// A parameter left out is the platform's usual 400 Missing parameters, a status or type the spec does not list its
/// Bad parameters (ADR 6); a MAC that is not one names no device: the documented 403 MAC not found (ADR 18).
/// </summary>
public sealed class UpdateMACstatusCommandValidator : AbstractValidator<UpdateMACstatusCommand>
{
    public UpdateMACstatusCommandValidator()
    {
        RuleFor(c => c.Mac).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Status).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Type).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Status).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(c => c.Type).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(c => c.Mac).MustBeValid().WithError(HardwareErrors.MacNotFound);
    }
}
