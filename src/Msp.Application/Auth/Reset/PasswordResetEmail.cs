using Microsoft.Extensions.Options;
using Msp.Application.Messaging;

namespace Msp.Application.Auth.Reset;

/// <summary>
/// Turns a queued reset request into its email when the outbox sends it: only then is the account looked up and the
/// link issued. The link exists in clear only in this email, composed in memory; the database keeps its hash.
/// </summary>
public sealed class PasswordResetEmail(IPasswordResetRepository resets, TimeProvider clock, IOptions<PasswordResetOptions> options)
{
    public const string Subject = "Reset your password";

    private readonly PasswordResetOptions _options = options.Value;

    /// <summary>
    /// The email for the request queued as outbox row <paramref name="requestId"/> for <paramref name="email"/>; null
    /// when nothing is to be sent: no active account has the address, the account already got
    /// <see cref="PasswordResetOptions.MaxLinksPerHour"/> links within the hour, or this request's link was used up.
    /// </summary>
    public async Task<OutgoingMessage?> ComposeAsync(long requestId, string email, CancellationToken cancellationToken)
    {
        var recipient = await resets.FindActiveAccountAsync(email, cancellationToken);
        if (recipient is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var link = new ResetLinkRequest(requestId, recipient.AccountId, _options.MaxLinksPerHour, now + _options.LinkLifetime);
        var token = await resets.IssueAsync(link, now, cancellationToken);
        return token is null ? null : OutgoingMessage.Email(recipient.Email, Subject, Body($"{_options.LinkBaseUrl.TrimEnd('/')}/auth/reset/{token}"));
    }

    private string Body(string link) => $"""
        Hello,

        someone asked to reset the password of the account with this email address.
        To choose a new password, open this link within {_options.LinkLifetime.TotalMinutes:0} minutes:

        {link}

        The link works once. If you did not ask for a new password, ignore this email: your password stays as it is.
        """;
}
