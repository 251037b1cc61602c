using System.Text.Json.Serialization;

namespace Msp.Application.Messaging;

/// <summary>The Messaging operations' <c>{"status": …}</c> body, with a <c>msg</c> where the spec shows one.</summary>
public sealed record StatusResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("msg"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Msg = null)
{
    public static StatusResponse Ok { get; } = new("ok");

    public static StatusResponse SmsPrepared { get; } = new("ok", "1 sms prepared");
}
