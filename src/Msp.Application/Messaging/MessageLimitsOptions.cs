using Msp.Domain.Accounts;

namespace Msp.Application.Messaging;

/// <summary>
/// The <c>Messaging</c> section's limits on what callers can make the platform send (ADR 15): per channel, how many
/// messages one account's requests may queue an hour and how many one recipient may get an hour (0 turns a limit off),
/// and the number ranges no SMS goes to. A stolen partner or service login must not turn the platform into a spam
/// relay or an SMS-pumping source.
/// </summary>
public sealed class MessageLimitsOptions
{
    public const string Section = "Messaging";

    public ChannelQuota EmailQuota { get; set; } = new() { PerAccountPerHour = 100 };

    /// <summary>Per recipient too: SMS pumping sends to premium numbers, and a number is also a person to flood.</summary>
    public ChannelQuota SmsQuota { get; set; } = new() { PerAccountPerHour = 100, PerRecipientPerHour = 5 };

    /// <summary>Deliveries, one per device: a push to a group of 1,000 residents with two phones each counts 2,000.</summary>
    public ChannelQuota PushQuota { get; set; } = new() { PerAccountPerHour = 10_000 };

    /// <summary>
    /// E.164 prefixes no mobile number may have: satellite (+870, +881), international networks (+882, +883), the
    /// international premium-rate, shared-cost and freephone services (+979, +808, +800), UPT (+878) and trials (+991),
    /// the ranges SMS pumping pays out on and no resident's phone uses.
    /// </summary>
    public string[] SmsDeniedPrefixes { get; set; } = ["+800", "+808", "+870", "+878", "+881", "+882", "+883", "+979", "+991"];

    /// <summary>
    /// Push devices one account keeps (setDeviceToken): a household's phones and tablets, each with an app or two. A new
    /// one past it replaces the one refreshed longest ago, so a push to a user fans out to at most this many devices.
    /// </summary>
    public int PushDevicesPerUser { get; set; } = 10;

    public ChannelQuota QuotaOf(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => EmailQuota,
        MessageChannel.Sms => SmsQuota,
        _ => PushQuota,
    };

    /// <summary>A mobile number an SMS may go to: in international form and in no denied range.</summary>
    public bool MayText(PhoneNumber number) => !number.StartsWithAny(SmsDeniedPrefixes);
}

/// <summary>One channel's hourly limits; 0 turns one off.</summary>
public sealed class ChannelQuota
{
    public int PerAccountPerHour { get; set; }

    public int PerRecipientPerHour { get; set; }
}
