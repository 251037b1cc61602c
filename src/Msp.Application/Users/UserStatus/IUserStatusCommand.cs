namespace Msp.Application.Users.UserStatus;

/// <summary>users/active, users/disable and users/delete (spec 6.40–6.42): one end user, named by <c>userID</c>.</summary>
public interface IUserStatusCommand : ICommand<MessageResponse>, IAuthenticatedRequest
{
    WireId? UserId { get; }
}
