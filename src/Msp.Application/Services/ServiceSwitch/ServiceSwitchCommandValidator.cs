namespace Msp.Application.Services.ServiceSwitch;

/// <summary>A missing or malformed id names no service. Both switches' validator.</summary>
public sealed class ServiceSwitchCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IServiceSwitchCommand
{
    public ServiceSwitchCommandValidator()
    {
        RuleFor(c => c.ServiceId).Present().WithError(ServicesErrors.ServiceNotFound);
        RuleFor(c => c.ServiceId).MustBeId().WithError(ServicesErrors.ServiceNotFound);
    }
}
