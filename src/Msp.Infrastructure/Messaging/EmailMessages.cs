using MimeKit;

namespace Msp.Infrastructure.Messaging;

/// <summary>An outbox email as a MIME message: plain text, with a Message-ID fixed by the outbox row.</summary>
internal static class EmailMessages
{
    public static MimeMessage Build(OutboxMessage message, string from)
    {
        var sender = MailboxAddress.Parse(from);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAtUtc, DateTimeKind.Utc)),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(sender);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));

        // The same id on every attempt: a message sent twice after a crash is recognisable as one.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedAtUtc.Ticks}@{sender.Domain}";
        return mime;
    }
}
