using Msp.Application.Common.Security;
using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesDisableForUser;

public sealed class ServicesDisableForUserCommandHandler(TenantScope scope, IServiceRepository services, TimeProvider clock)
    : UserServiceSwitchCommandHandler<ServicesDisableForUserCommand>(scope, services, clock)
{
    protected override bool Subscribed => false;
}
