using Msp.Application.Common.Security;

namespace Msp.Application.Auth.ChangePassword;

public sealed class ChangePasswordCommandHandler(
    CallerContext context,
    IAccountRepository accounts,
    PasswordCheck passwords,
    IPasswordHasher hasher,
    ITokenRepository tokens,
    IPasswordResetRepository resets,
    TimeProvider clock) : IRequestHandler<ChangePasswordCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Changed = new("Ok");

    public async Task<Result<MessageResponse>> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        var account = await accounts.FindByIdAsync(caller.UserId, cancellationToken);
        // A token holder guessing the current password meets the same lockout as a login (ADR 15).
        if (!await passwords.IsRightAsync(account, request.CurrentPassword!, cancellationToken) || account is null)
        {
            return AuthErrors.BadParameters;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.ChangePasswordHash(hasher.Hash(request.NewPassword!));
        await accounts.SavePasswordHashAsync(account, now, cancellationToken);

        // Whoever else held a token of this account may have known the old password: only this session goes on.
        await tokens.RevokeOthersOfAccountAsync(account.Id, caller.AccessTokenId, now, cancellationToken);

        // A reset link asked for before the change would otherwise undo it.
        await resets.VoidOpenLinksAsync(account.Id, now, cancellationToken);
        return Changed;
    }
}
