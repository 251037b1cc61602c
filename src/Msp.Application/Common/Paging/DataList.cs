using System.Text.Json.Serialization;

namespace Msp.Application.Common.Paging;

/// <summary>A list documented as <c>{"data":[…]}</c>; the iterator appears only when the client asked for a page.</summary>
public sealed record DataList<T>(
    IReadOnlyList<T> Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListIterator? Iterator);
