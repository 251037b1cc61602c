using Msp.Application.Audit;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;

namespace Msp.Application.Auth.Login;

public sealed class LoginCommandHandler(
    IAccountRepository accounts,
    PasswordCheck passwords,
    DeviceUidGuesses uidGuesses,
    IClientAddress client,
    ITokenRepository tokens,
    IUserProfileReader profiles,
    ISessionCookie cookie,
    WireTimeFormatter times,
    AuditEntry audit,
    TimeProvider clock) : IRequestHandler<LoginCommand, Result<LoginResponse>>
{
    public async Task<Result<LoginResponse>> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var account = request.Email is { } login
            ? await SignInWithPasswordAsync(login, request.Password!, cancellationToken)
            : await SignInWithDeviceUidAsync(request.Uid!, cancellationToken);

        if (account is null)
        {
            return AuthErrors.IncorrectCredentials;
        }

        if (!account.MaySignIn)
        {
            return AuthErrors.AccountNotActive;
        }

        // An unknown source is recorded as the default rather than refused: the spec documents no failure for it.
        var source = LoginSources.ParseOrDefault(request.Source);
        var profile = await profiles.ReadAsync(account.Id, cancellationToken);
        var issued = await tokens.IssueAsync(account.Id, source, now, cancellationToken);
        cookie.Issue(issued.SessionCookie, issued.Tokens.ExpiresAtUtc);

        return new LoginResponse(
            issued.Tokens.AccessToken,
            issued.Tokens.RefreshToken,
            times.WithZone(issued.Tokens.ExpiresAtUtc),
            issued.DeviceSessionId,
            profile.UserInfo,
            profile.AvailableLanguages,
            "service?access_token=" + issued.Tokens.AccessToken,
            profile.AvailableServices,
            profile.Categories);
    }

    /// <summary>The account, when the password is right and the account is not locked out; null otherwise.</summary>
    private async Task<UserAccount?> SignInWithPasswordAsync(string login, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByLoginAsync(login, cancellationToken);
        audit.SignIn(account, login);
        return await passwords.IsRightAsync(account, password, cancellationToken) ? account : null;
    }

    /// <summary>
    /// The device's account, unless guesses at its password have locked it (a uid is no way around the lock) or this
    /// client address has guessed too many uids.
    /// </summary>
    private async Task<UserAccount?> SignInWithDeviceUidAsync(string uid, CancellationToken cancellationToken)
    {
        audit.Note("device uid");
        if (await uidGuesses.IsBlockedAsync(client.Value, cancellationToken))
        {
            return null;
        }

        var account = await accounts.FindByDeviceUidAsync(uid, cancellationToken);
        audit.SignIn(account, null);
        if (account is null)
        {
            await uidGuesses.RecordFailureAsync(client.Value, cancellationToken);
            return null;
        }

        if (passwords.IsLocked(account))
        {
            audit.Raise("lockout", account.Id);
            return null;
        }

        return account;
    }
}
