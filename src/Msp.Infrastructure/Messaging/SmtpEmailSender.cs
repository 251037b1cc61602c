using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Msp.Infrastructure.Messaging;

/// <summary>Email through an SMTP relay with MailKit: one connection per message, TLS and credentials from <c>Smtp</c>.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender
{
    private readonly SmtpOptions _options = options.Value;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.Host))
        {
            throw new MessageDeliveryException("SMTP host not configured");
        }

        MimeMessage mime;
        try
        {
            mime = EmailMessages.Build(message, _options.From);
        }
        catch (ParseException exception)
        {
            throw new MessageDeliveryException("malformed address", permanent: true, exception);
        }

        using (mime)
        using (var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds })
        {
            try
            {
                await client.ConnectAsync(_options.Host, _options.Port, _options.Security, cancellationToken);
                if (_options.Username.Length > 0)
                {
                    await client.AuthenticateAsync(_options.Username, _options.Password, cancellationToken);
                }

                await client.SendAsync(mime, cancellationToken);
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception exception) when (Describe(exception) is { } failure)
            {
                throw failure;
            }
        }
    }

    /// <summary>The failure as a short reason that names no credential or address; null for what is not a delivery failure.</summary>
    private static MessageDeliveryException? Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => new MessageDeliveryException(
            $"SMTP {(int)command.StatusCode} {command.ErrorCode}",
            permanent: (int)command.StatusCode >= 500 && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
            command),
        SmtpProtocolException => new MessageDeliveryException("SMTP protocol error", exception),
        AuthenticationException => new MessageDeliveryException("SMTP authentication failed", exception),
        SslHandshakeException => new MessageDeliveryException("SMTP TLS handshake failed", exception),
        SocketException socket => new MessageDeliveryException($"SMTP connection failed: {socket.SocketErrorCode}", exception),
        ServiceNotConnectedException or IOException => new MessageDeliveryException("SMTP connection lost", exception),
        TimeoutException => new MessageDeliveryException("SMTP timeout", exception),
        _ => null,
    };
}
