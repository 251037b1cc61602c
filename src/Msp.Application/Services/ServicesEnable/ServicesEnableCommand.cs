using Msp.Application.Common.Security;
using Msp.Application.Services.ServiceSwitch;

namespace Msp.Application.Services.ServicesEnable;

/// <summary>Spec 6.35: a switched-off service is back for its subscribers.</summary>
public sealed record ServicesEnableCommand(WireId? ServiceId) : IServiceSwitchCommand
{
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}
