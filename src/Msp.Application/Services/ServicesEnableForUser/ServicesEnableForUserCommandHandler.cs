using Msp.Application.Common.Security;
using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesEnableForUser;

public sealed class ServicesEnableForUserCommandHandler(TenantScope scope, IServiceRepository services, TimeProvider clock)
    : UserServiceSwitchCommandHandler<ServicesEnableForUserCommand>(scope, services, clock)
{
    protected override bool Subscribed => true;
}
