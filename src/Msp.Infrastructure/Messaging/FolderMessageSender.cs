using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Messaging;

namespace Msp.Infrastructure.Messaging;

/// <summary>
/// Development's sender: every message becomes a file (email as <c>.eml</c>, which mail clients open; SMS and push as
/// <c>.json</c>) named by its outbox id, so a retry overwrites instead of duplicating, and a log line.
/// </summary>
public sealed partial class FolderMessageSender(IOptions<MessagingOptions> options, IOptions<SmtpOptions> smtp, ILogger<FolderMessageSender> logger)
    : IMessageSender
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Made once per batch (the sender's scope), not once per message.</summary>
    private string? _folder;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = _folder ??= Directory.CreateDirectory(options.Value.Folder).FullName;
        var path = Path.Combine(folder, $"{message.Id:D8}-{OutboxChannels.ToColumn(message.Channel)}{(message.Channel == MessageChannel.Email ? ".eml" : ".json")}");
        if (message.Channel == MessageChannel.Email)
        {
            using var mime = EmailMessages.Build(message, smtp.Value.From);
            await mime.WriteToAsync(path, cancellationToken);
        }
        else if (message.Channel == MessageChannel.Push)
        {
            var push = new { to = message.Recipient, platform = message.Platform, app_id = message.AppId, text = message.Body };
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(push, Readable), cancellationToken);
        }
        else
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { to = message.Recipient, text = message.Body }, Readable), cancellationToken);
        }

        LogWritten(logger, message.Id, message.Channel.ToString(), path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} ({Channel}) written to {Path}")]
    private static partial void LogWritten(ILogger logger, long id, string channel, string path);
}
