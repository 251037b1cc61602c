using System.Text.Json.Serialization;

namespace Msp.Application.Common.Results;

/// <summary>The spec's most common body, <c>{"msg": "…"}</c>, as a success value.</summary>
public sealed record MessageResponse([property: JsonPropertyName("msg")] string Msg)
{
    public static MessageResponse Ok { get; } = new("ok");
}
