using System.Text.Json.Serialization;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Time;

namespace Msp.Application.Hardware.GetSMB;

/// <summary><c>{"list":[…]}</c> as spec 6.22 prints it; the iterator appears only when the client asked for a page.</summary>
public sealed record SmbList(
    IReadOnlyList<SmbBox> List,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListIterator? Iterator);

/// <summary>
/// One box: its MAC, when its status last became 1 (null if never; UTC, as record times are), its slot
/// (<c>smb1</c>–<c>smb4</c>) and its status as a number, 0 or 1 (docs/contract.md §1, §3).
/// </summary>
public sealed record SmbBox(
    string Mac,
    [property: JsonConverter(typeof(WireDateTimeConverter))] DateTime? Activation,
    string Type,
    int Status);
