namespace Msp.Application.Services.UserServiceSwitch;

/// <summary>What PUT /services/disableforUser and /services/enableforUser answer alike: declared once beside their family's interface, whose shared handler serves them.</summary>
public static class UserServiceSwitchAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"ok"}""", ServicesErrors.SiteAccessDenied, ServicesErrors.NoUserFound, ServicesErrors.ServiceNotFound, ServicesErrors.Unauthorized);
}
