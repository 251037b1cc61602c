using System.Text.Json.Serialization;

namespace Msp.Application.Common.Paging;

/// <summary>Spec 2.2.3's <c>iterator</c>.</summary>
public sealed record ListIterator(
    [property: JsonPropertyName("existsPrev")] bool ExistsPrev,
    [property: JsonPropertyName("existsNext")] bool ExistsNext,
    [property: JsonPropertyName("count")] long Count);
