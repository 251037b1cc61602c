using MailKit.Security;

namespace Msp.Infrastructure.Messaging;

public enum MessagingMode
{
    /// <summary>Email through SMTP, SMS through the HTTP gateway.</summary>
    Live,

    /// <summary>Every message written to a folder and logged (Development): nothing leaves the machine.</summary>
    Folder,
}

/// <summary>The <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingMode Mode { get; set; } = MessagingMode.Live;

    /// <summary>Where <see cref="MessagingMode.Folder"/> writes; relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "outbox");
}

/// <summary>The <c>Smtp</c> section: the relay email goes through.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Empty: no authentication.</summary>
    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>TLS: <c>StartTls</c> (default), <c>SslOnConnect</c>, <c>Auto</c>, or <c>None</c> for a local relay.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string From { get; set; } = "MSP <no-reply@msp.example>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The <c>Sms</c> section: the HTTP gateway SMS go through.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The gateway's endpoint; each SMS is POSTed to it as JSON <c>{"to": …, "text": …}</c>.</summary>
    public string GatewayUrl { get; set; } = "";

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string ApiKey { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
