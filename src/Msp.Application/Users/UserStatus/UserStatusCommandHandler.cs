using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UserStatus;

/// <summary>
/// The three status operations differ only in the status they leave the end user in (ADR 8): each sets its own,
/// whatever the status was, so users/active also takes an account back out of pending deletion. One handler serves
/// the three: the command declares its status (<see cref="IUserStatusCommand.NewStatus"/>), and the registration closes
/// this class over each.
/// </summary>
public sealed class UserStatusCommandHandler<TCommand>(TargetUser target, IUserStatusRepository users, ITokenRepository tokens, TimeProvider clock)
    : IRequestHandler<TCommand, Result<MessageResponse>>
    where TCommand : IUserStatusCommand
{
    private static AccountStatus NewStatus => TCommand.NewStatus;

    public async Task<Result<MessageResponse>> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var user = target.User;

        // The spec's operations act on end users; an admin account is not switched off through them.
        if (user.Role != Role.EndUser)
        {
            return UsersErrors.UserNotAllowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await users.SetStatusAsync(user.Id, NewStatus, now, cancellationToken);
        if (NewStatus != AccountStatus.Active)
        {
            // Sessions end with the account, so taking it back into use later does not revive a token issued before.
            await tokens.RevokeAllOfAccountAsync(user.Id, now, cancellationToken);
        }

        return MessageResponse.Ok;
    }
}
