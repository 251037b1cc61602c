namespace Msp.Application.Hardware.CheckHardware;

/// <summary>Both parameters are required; a malformed MAC is not refused but names no ISG, so the answer is KO.</summary>
public sealed class CheckHardwareQueryValidator : AbstractValidator<CheckHardwareQuery>
{
    public CheckHardwareQueryValidator()
    {
        RuleFor(q => q.Oto).Present().WithError(HardwareErrors.MissingParameters);
        RuleFor(q => q.IsgMac).Present().WithError(HardwareErrors.MissingParameters);
    }
}
