using Msp.Application.Common.Security;
using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesDisable;

public sealed class ServicesDisableCommandHandler(CallerContext context, IServiceRepository services, TimeProvider clock)
    : ServiceSwitchCommandHandler<ServicesDisableCommand>(context, services, clock)
{
    private static readonly MessageResponse Disabled = new("Service disabled");

    protected override bool Active => false;

    protected override MessageResponse Switched => Disabled;

    protected override ApiError AlreadySwitched => ServicesErrors.ServiceAlreadyDisabled;
}
