using Msp.Application.Users.UserStatus;

namespace Msp.Application.Users.UsersActive;

/// <summary>Spec 6.40: an end user may sign in again (also out of pending deletion).</summary>
public sealed record UsersActiveCommand(WireId? UserId) : IUserStatusCommand;
