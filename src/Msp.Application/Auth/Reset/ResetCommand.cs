using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Auth.Reset;

/// <summary>Spec 3.4: emails a one-time link to the page where a new password is set.</summary>
public sealed record ResetCommand(string? Email) : ICommand<MessageResponse>;
