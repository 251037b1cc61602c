using Msp.Application.Audit;
using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.ValidateEndUser;

/// <summary>
/// Every failure (a payload that does not verify, an unknown email, a wrong password, a locked, disabled or
/// out-of-reach account, an account that is not an end user) is the same body after the same work: one scope lookup,
/// one claim against the lockout, one hash (ADR 15). The attempt counts toward the account's lockout like a login.
/// </summary>
public sealed class ValidateEndUserCommandHandler(IAccountRepository accounts, ICrypter crypter, PasswordCheck passwords, TenantScope scope, AuditEntry audit)
    : IRequestHandler<ValidateEndUserCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Valid = new("OK");

    public async Task<Result<MessageResponse>> Handle(ValidateEndUserCommand request, CancellationToken cancellationToken)
    {
        var password = crypter.Decrypt(request.Password!);
        var found = await accounts.FindByLoginAsync(request.Email!, cancellationToken);
        var account = found is { Role: Role.EndUser } ? found : null;

        // Looked up for every request, a known account or not, so that reach costs the same either way; a service
        // validates only its subscribers (docs/contract.md §2).
        var reachable = await scope.FindUserAsync(account?.Id ?? 0, ValidateEndUserCommand.Callers, cancellationToken) is not null;
        if (reachable)
        {
            audit.Target(account!.Id);
        }

        // A payload that does not decrypt still spends the hash and the attempt: the empty string is no account's
        // password (passwords have at least six characters).
        var right = await passwords.IsRightAsync(account, password ?? "", cancellationToken);
        return right && password is not null && reachable && account is { MaySignIn: true } ? Valid : UsersErrors.NotValidated;
    }
}
