namespace Msp.Application.Auth.SetNewPassword;

/// <summary>POST /auth/reset/{token}: the form of the reset page, posted back with the new password twice.</summary>
public sealed record SetNewPasswordCommand(string? Token, string? NewPassword, string? NewPasswordRepeat) : ICommand<HtmlPage>;
