using Msp.Application.Common.Security;
using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesEnableForUser;

/// <summary>Spec 6.36: an end user is subscribed to a service its BP offers.</summary>
public sealed record ServicesEnableForUserCommand(WireId? ServiceId, WireId? UserId) : IUserServiceSwitchCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => ServicesErrors.SiteAccessDenied;

    public static bool Subscribes => true;
}
