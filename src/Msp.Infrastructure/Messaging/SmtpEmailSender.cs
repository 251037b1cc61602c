using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// Email through an SMTP relay with MailKit, TLS and credentials from <c>Smtp</c>. The sender lives for one dispatcher
/// batch (a scope) and keeps its connection for the whole batch: connecting, the TLS handshake and authenticating cost
/// more than sending a message, so a batch pays them once. A failed message drops the connection, and the next one
/// connects again, so one bad exchange never leaves the rest of the batch on a connection in an unknown state.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender, IAsyncDisposable
{
    private readonly SmtpOptions _options = options.Value;
    private SmtpClient? _client;

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
        {
            try
            {
                var client = await ConnectedClientAsync(cancellationToken);
                await client.SendAsync(mime, cancellationToken);
            }
            catch (Exception exception) when (Describe(exception) is { } failure)
            {
                await DropClientAsync();
                throw failure;
            }
            catch
            {
                await DropClientAsync();
                throw;
            }
        }
    }

    /// <summary>Says goodbye to the relay at the end of the batch; a relay that is gone by then changes nothing.</summary>
    public ValueTask DisposeAsync() => DropClientAsync();

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        await DropClientAsync();
        var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, _options.Security, cancellationToken);
            if (_options.Username.Length > 0)
            {
                await client.AuthenticateAsync(_options.Username, _options.Password, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _client = client;
        return client;
    }

    private async ValueTask DropClientAsync()
    {
        var client = Interlocked.Exchange(ref _client, null);
        if (client is null)
        {
            return;
        }

        using (client)
        {
            if (!client.IsConnected)
            {
                return;
            }

            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception exception) when (Describe(exception) is not null)
            {
                // The messages went out; a relay that hangs up first loses nothing.
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
