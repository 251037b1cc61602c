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
        var account = target.User.Account;
        if (!account.MayChangeStatus)
        {
            return UsersErrors.UserNotAllowed;
        }

        var change = account.ChangeStatus(NewStatus);
        var now = clock.GetUtcNow().UtcDateTime;
        await users.SetStatusAsync(account.Id, account.Status, now, cancellationToken);
        if (change.EndsSessions)
        {
            await tokens.RevokeAllOfAccountAsync(account.Id, now, cancellationToken);
        }

        return MessageResponse.Ok;
    }
}
