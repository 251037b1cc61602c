using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesDisableForUser;

public sealed class ServicesDisableForUserCommandValidator : UserServiceSwitchCommandValidator<ServicesDisableForUserCommand>;
