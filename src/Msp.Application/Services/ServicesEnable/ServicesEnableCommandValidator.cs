using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesEnable;

public sealed class ServicesEnableCommandValidator : ServiceSwitchCommandValidator<ServicesEnableCommand>;
