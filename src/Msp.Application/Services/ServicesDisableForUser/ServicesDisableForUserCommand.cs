using Msp.Application.Common.Security;
using Msp.Application.Services.UserServiceSwitch;

namespace Msp.Application.Services.ServicesDisableForUser;

/// <summary>Spec 6.34: an end user's subscription to a service ends; its upstream operations refuse the user.</summary>
public sealed record ServicesDisableForUserCommand(WireId? ServiceId, WireId? UserId) : IUserServiceSwitchCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => ServicesErrors.SiteAccessDenied;

    public static bool Subscribes => false;
}
