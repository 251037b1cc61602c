using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UserStatus;

/// <summary>
/// users/active, users/disable and users/delete (spec 6.40–6.42): one end user, named by <c>userID</c>, of a partner
/// admin's BP or of any BP for the platform admin. Any other caller is refused with "User not allowed" before
/// validation; a user out of reach and one that does not exist are both "Not found" (ADR 8).
/// </summary>
public interface IUserStatusCommand : ICommand<MessageResponse>, IRestrictedRequest, ITargetUserRequest
{
    /// <summary>The status the command leaves the end user in.</summary>
    static abstract AccountStatus NewStatus { get; }
}

