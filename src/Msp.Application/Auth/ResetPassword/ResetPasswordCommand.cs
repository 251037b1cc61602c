using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Auth.ResetPassword;

/// <summary>Spec 3.4: emails a one-time link to the page where a new password is set.</summary>
public sealed record ResetPasswordCommand(string? Email) : ICommand<MessageResponse>;
