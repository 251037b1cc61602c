namespace Msp.Application.Auth.ChangePassword;

/// <summary>Spec 6.6.</summary>
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword, string? NewPasswordRepeat)
    : ICommand<MessageResponse>, IAuthenticatedRequest;
