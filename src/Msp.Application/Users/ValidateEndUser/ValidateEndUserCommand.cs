using Msp.Application.Common.Security;

namespace Msp.Application.Users.ValidateEndUser;

/// <summary>
/// Spec 6.45: a service back end checks an end user's password, sent encrypted with the platform's shared key
/// (<paramref name="Password"/>, Laravel's <c>Crypt</c> payload). A password check: it goes through the lockout door.
/// </summary>
public sealed record ValidateEndUserCommand(string? Email, string? Password) : ICommand<MessageResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}
