using Msp.Application.Common.Security;
using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesEnable;

public sealed class ServicesEnableCommandHandler(CallerContext context, IServiceRepository services, TimeProvider clock)
    : ServiceSwitchCommandHandler<ServicesEnableCommand>(context, services, clock)
{
    protected override bool Active => true;

    protected override MessageResponse Switched => MessageResponse.Ok;

    protected override ApiError AlreadySwitched => ServicesErrors.ServiceAlreadyEnabled;
}
