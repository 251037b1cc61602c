namespace Msp.Application.Services.UserServiceSwitch;

/// <summary>A missing or malformed id names nobody and no service: the documented "not found" of each. Both switches' validator.</summary>
public sealed class UserServiceSwitchCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IUserServiceSwitchCommand
{
    public UserServiceSwitchCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(ServicesErrors.NoUserFound);
        RuleFor(c => c.UserId).MustBeId().WithError(ServicesErrors.NoUserFound);
        RuleFor(c => c.ServiceId).Present().WithError(ServicesErrors.ServiceNotFound);
        RuleFor(c => c.ServiceId).MustBeId().WithError(ServicesErrors.ServiceNotFound);
    }
}
