using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Auth.ChangePassword;

/// <summary>Spec 6.6.</summary>
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword, string? NewPasswordRepeat)
    : ICommand<MessageResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AuthErrors.Unauthorized;
}
