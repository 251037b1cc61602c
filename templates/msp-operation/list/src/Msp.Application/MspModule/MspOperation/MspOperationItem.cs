using System.Text.Json.Serialization;

namespace Msp.Application.MspModule.MspOperation;

/// <summary>One entry, in the spec's property order; ids are JSON strings on the wire.</summary>
[JsonNumberHandling(JsonNumberHandling.WriteAsString)]
public sealed class MspOperationItem
{
    public long Id { get; init; }

    public string Name { get; init; } = "";
}
