using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Auth.SetDeviceToken;

/// <summary>Spec 6.37: the push token of one app on the caller's device.</summary>
public sealed record SetDeviceTokenCommand(string? AppId, string? Platform, string? DeviceToken)
    : ICommand<MessageResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AuthErrors.Unauthorized;
}
