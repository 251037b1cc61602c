using Microsoft.Extensions.Options;
using Msp.Application.Messaging;

namespace Msp.Application.Auth.Reset;

/// <summary>
/// Always answers OK for a well-formed email (CONTRACT.md §3: no account enumeration); only a known, active account
/// gets a link, written to the outbox in the same transaction as its token.
/// </summary>
public sealed class ResetCommandHandler(IPasswordResetRepository resets, IOutboxRepository outbox, TimeProvider clock, IOptions<PasswordResetOptions> options)
    : IRequestHandler<ResetCommand, Result<MessageResponse>>
{
    private const string Subject = "Reset your password";

    private static readonly MessageResponse Accepted = new("OK");

    private readonly PasswordResetOptions _options = options.Value;

    public async Task<Result<MessageResponse>> Handle(ResetCommand request, CancellationToken cancellationToken)
    {
        var recipient = await resets.FindActiveAccountAsync(request.Email!, cancellationToken);
        if (recipient is null)
        {
            return Accepted;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await resets.CountIssuedSinceAsync(recipient.AccountId, now.AddHours(-1), cancellationToken) >= _options.MaxLinksPerHour)
        {
            return Accepted;
        }

        var token = await resets.IssueAsync(recipient.AccountId, now + _options.LinkLifetime, now, cancellationToken);
        var link = $"{_options.LinkBaseUrl.TrimEnd('/')}/auth/reset/{token}";
        await outbox.EnqueueAsync(OutgoingMessage.Email(recipient.Email, Subject, Body(link)), cancellationToken);
        return Accepted;
    }

    private string Body(string link) => $"""
        Hello,

        someone asked to reset the password of the account with this email address.
        To choose a new password, open this link within {_options.LinkLifetime.TotalMinutes:0} minutes:

        {link}

        The link works once. If you did not ask for a new password, ignore this email: your password stays as it is.
        """;
}
