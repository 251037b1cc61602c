using Msp.Application.Audit;
using Msp.Application.Auth.ResetPasswordPage;
using Msp.Domain.Accounts;

namespace Msp.Application.Auth.SetNewPassword;

/// <summary>
/// Checks the form as changePassword checks its parameters (the password policy, the repeat equal), then uses the
/// link up, sets the password and signs the account out everywhere. The answers are pages, not JSON: a person
/// reads them in a browser, so a bad form comes back with its error instead of a documented body.
/// </summary>
public sealed class SetNewPasswordCommandHandler(
    IPasswordResetRepository resets,
    IAccountRepository accounts,
    IPasswordHasher hasher,
    ITokenRepository tokens,
    ILoginAttemptRepository attempts,
    AuditEntry audit,
    TimeProvider clock) : IRequestHandler<SetNewPasswordCommand, Result<HtmlPage>>
{
    public async Task<Result<HtmlPage>> Handle(SetNewPasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = ResetLinkToken.IsWellFormed(request.Token) ? await resets.FindAsync(request.Token!, cancellationToken) : null;
        if (link is not null)
        {
            audit.ActingAs(link.AccountId);
        }

        if (link is null || !link.IsUsable(now))
        {
            return ResetPasswordPages.InvalidLink;
        }

        if (FormError(request, link.Audience.Texts) is { } error)
        {
            return ResetPasswordPages.Form(link.Audience, error);
        }

        var account = await accounts.FindByIdAsync(link.AccountId, cancellationToken);
        if (account is null)
        {
            return ResetPasswordPages.InvalidLink;
        }

        // Hash before the first write: the write transaction (on SQLite the database's write lock) then lasts milliseconds.
        account.ChangePasswordHash(hasher.Hash(request.NewPassword!));
        if (!await resets.UseAsync(link, now, cancellationToken))
        {
            return ResetPasswordPages.InvalidLink;
        }

        await accounts.SavePasswordHashAsync(account, now, cancellationToken);
        await tokens.RevokeAllOfAccountAsync(account.Id, now, cancellationToken);

        // Whoever locked the account by guessing is shut out by the new password; its owner may sign in at once.
        await attempts.ClearAsync(account.Id, cancellationToken);
        return ResetPasswordPages.Done(link.Audience);
    }

    private static string? FormError(SetNewPasswordCommand request, ResetTexts texts)
    {
        if (request.NewPassword is not { } password || request.NewPasswordRepeat is not { } repeat)
        {
            return texts.EnterTwice;
        }

        if (!PasswordPolicy.IsAcceptable(password))
        {
            return ResetPasswordPages.LengthError(texts);
        }

        return password == repeat ? null : texts.Differ;
    }
}
