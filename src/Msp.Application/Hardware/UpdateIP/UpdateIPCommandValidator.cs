namespace Msp.Application.Hardware.UpdateIP;

/// <summary>
/// A parameter left out is the platform's usual 400 Missing parameters; a MAC that is not one is the documented 402
/// Invalid ISG MAC, an IP that is not one the usual 400 Bad parameters (ADR 6, ADR 18).
/// </summary>
public sealed class UpdateIPCommandValidator : AbstractValidator<UpdateIPCommand>
{
    public UpdateIPCommandValidator()
    {
        RuleFor(c => c.IsgIp).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.IsgMac).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.IsgMac).MustBeValid().WithError(HardwareErrors.InvalidIsgMac);
        RuleFor(c => c.IsgIp).MustBeValid().WithError(ApiError.BadParameters);
    }
}
