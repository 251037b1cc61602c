namespace Msp.Application.Services.ServiceSwitch;

/// <summary>A missing or malformed id names no service.</summary>
public abstract class ServiceSwitchCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IServiceSwitchCommand
{
    protected ServiceSwitchCommandValidator()
    {
        RuleFor(c => c.ServiceId).Present().WithError(ServicesErrors.ServiceNotFound);
        RuleFor(c => c.ServiceId).MustBeId().WithError(ServicesErrors.ServiceNotFound);
    }
}
