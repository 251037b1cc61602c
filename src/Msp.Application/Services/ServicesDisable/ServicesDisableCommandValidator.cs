using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesDisable;

public sealed class ServicesDisableCommandValidator : ServiceSwitchCommandValidator<ServicesDisableCommand>;
