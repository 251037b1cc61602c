using Msp.Application.Auth.Reset;
using Msp.Infrastructure.Messaging;
using Msp.Infrastructure.Security;

namespace Msp.Api;

/// <summary>
/// Outside Development the API refuses to serve on a setting that would be unsafe or would fail silently later
/// (ADR 15), with a message that names the key. Development keeps its conveniences (an http link, the outbox folder).
/// These are serving's settings: the tool commands (migrate, bill) never check them, in any environment.
/// </summary>
internal static class ProductionSettings
{
    public static void ThrowIfUnsafe(IConfiguration configuration)
    {
        var reset = configuration.GetSection(PasswordResetOptions.Section).Get<PasswordResetOptions>() ?? new PasswordResetOptions();
        if (!Uri.TryCreate(reset.LinkBaseUrl, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps)
        {
            Refuse($"{PasswordResetOptions.Section}:LinkBaseUrl must be the API's public https address (it is \"{reset.LinkBaseUrl}\"): the reset link carries a secret.");
        }

        if (CrypterOptions.ReadKey(configuration[$"{CrypterOptions.Section}:Key"]) is null)
        {
            Refuse($"{CrypterOptions.Section}:Key must be the 32-byte key shared with the service back ends (base64:…): users/validate-end-user cannot decrypt without it.");
        }

        var messaging = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var dispatching = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>()?.Enabled ?? true;
        if (dispatching && messaging.Mode == MessagingMode.Live)
        {
            if (string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"]))
            {
                Refuse($"{SmtpOptions.Section}:Host is empty while {MessagingOptions.Section}:Mode is Live: every email would end dead in the outbox.");
            }

            if (string.IsNullOrWhiteSpace(configuration[$"{SmsOptions.Section}:GatewayUrl"]))
            {
                Refuse($"{SmsOptions.Section}:GatewayUrl is empty while {MessagingOptions.Section}:Mode is Live: every SMS would end dead in the outbox.");
            }
        }
    }

    private static void Refuse(string reason) => throw new InvalidOperationException($"Refusing to start outside Development: {reason}");
}
