using Microsoft.Extensions.Options;
using Msp.Application.Messaging;

namespace Msp.Application.Auth.Reset;

/// <summary>
/// Turns a queued reset request into its email when the outbox sends it: only then is the account looked up and the
/// link issued. The link exists in clear only in this email, composed in memory; the database keeps its hash.
/// </summary>
public sealed class PasswordResetEmail(IPasswordResetRepository resets, TimeProvider clock, IOptions<PasswordResetOptions> options)
{
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
        if (token is null)
        {
            return null;
        }

        var texts = recipient.Audience.Texts;
        return OutgoingMessage.Email(recipient.Email, texts.Subject, Body(texts, recipient.PartnerName, $"{_options.LinkBaseUrl.TrimEnd('/')}/auth/reset/{token}"));
    }

    /// <summary>In the account's language, signed with its BP's name where it has one.</summary>
    private string Body(ResetTexts texts, string partnerName, string link)
    {
        var body = $"""
            {texts.Greeting}

            {texts.Asked}
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.OpenWithin, _options.LinkLifetime.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture))}

            {link}

            {texts.WorksOnce}
            """;
        return partnerName.Length == 0 ? body : $"{body}\n\n{partnerName}";
    }
}
