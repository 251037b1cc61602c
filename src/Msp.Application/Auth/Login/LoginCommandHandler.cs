using Microsoft.Extensions.Options;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Time;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;

namespace Msp.Application.Auth.Login;

public sealed class LoginCommandHandler(
    IAccountRepository accounts,
    ILoginAttemptRepository attempts,
    IUnitOfWork unitOfWork,
    IPasswordHasher hasher,
    ITokenRepository tokens,
    IUserProfileReader profiles,
    ISessionCookie cookie,
    WireTimeFormatter times,
    TimeProvider clock,
    IOptions<AuthOptions> options) : IRequestHandler<LoginCommand, Result<LoginResponse>>
{
    private readonly LockoutPolicy _lockout = new(options.Value.LockoutThreshold, TimeSpan.FromMinutes(options.Value.LockoutMinutes));

    public async Task<Result<LoginResponse>> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var account = request.Email is { } login
            ? await SignInWithPasswordAsync(login, request.Password!, now, cancellationToken)
            : await accounts.FindByDeviceUidAsync(request.Uid!, cancellationToken);

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
    private async Task<UserAccount?> SignInWithPasswordAsync(string login, string password, DateTime now, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByLoginAsync(login, cancellationToken);
        if (account is null)
        {
            hasher.VerifyNothing(password);
            return null;
        }

        // A locked account still costs one verification, so the lock cannot be told apart by timing.
        var passwordMatches = hasher.Verify(account.PasswordHash, password);
        if (_lockout.Enabled && account.IsLockedOut(now))
        {
            return null;
        }

        if (!passwordMatches)
        {
            if (_lockout.Enabled)
            {
                // The failed login rolls the command back, but it must still count.
                unitOfWork.AfterCompletion(ct => attempts.RecordFailureAsync(account.Id, _lockout, now, ct));
            }

            return null;
        }

        if (account.FailedLogins > 0)
        {
            await attempts.ClearAsync(account.Id, cancellationToken);
        }

        return account;
    }
}
