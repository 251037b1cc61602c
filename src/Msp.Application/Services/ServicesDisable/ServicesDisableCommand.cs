using Msp.Application.Common.Security;
using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesDisable;

/// <summary>Spec 6.33: a service is switched off for everyone, until services/enable.</summary>
public sealed record ServicesDisableCommand(WireId? ServiceId) : IServiceSwitchCommand
{
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}
