using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesEnableForUser;

public sealed class ServicesEnableForUserCommandValidator : UserServiceSwitchCommandValidator<ServicesEnableForUserCommand>;
