using System.Text.Json.Serialization;
using Msp.Application.Common.Time;

namespace Msp.Application.Audit.AuditList;

/// <summary>One event as the audit list answers it; ids as strings, as the platform's lists send them.</summary>
public sealed class AuditRecord
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    /// <summary>When it happened, UTC, as record times are written.</summary>
    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime At { get; init; }

    public string Operation { get; init; } = "";

    /// <summary>200 for a command that did what it was asked, else the documented error's status.</summary>
    public int OutcomeStatus { get; init; }

    /// <summary><c>ok</c>, or the documented error's body as it was answered.</summary>
    public string Outcome { get; init; } = "";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? ActorId { get; init; }

    public string? ActorRole { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? ActorPartnerId { get; init; }

    /// <summary>The login name a sign-in gave where no account answered to it.</summary>
    public string? ActorLogin { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? UserId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? AddressId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? FlatId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? GroupId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? ServiceId { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? InvoiceId { get; init; }

    public string? Detail { get; init; }

    public string ClientAddress { get; init; } = "";

    public string? TraceId { get; init; }
}
