namespace Msp.Application.Messaging.EmailSend;

/// <summary>
/// The <c>Messaging:EmailQuota</c> section: how many emails one account may send through <c>email/send</c> an hour, so
/// a stolen service or partner login cannot turn the platform's sender into a spam relay (ADR 15). 0 turns it off.
/// </summary>
public sealed class EmailQuotaOptions
{
    public const string Section = "Messaging:EmailQuota";

    public int PerAccountPerHour { get; set; } = 100;
}
