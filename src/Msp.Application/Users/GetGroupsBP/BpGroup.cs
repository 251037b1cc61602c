using System.Text.Json.Serialization;

namespace Msp.Application.Users.GetGroupsBP;

/// <summary>One group of spec 6.18 with its members, in the spec's property order; ids are JSON strings there.</summary>
public sealed record BpGroup(
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id,
    string Name,
    IReadOnlyList<GroupMember> Users);

/// <summary>A member as spec 6.18 prints it: <c>{"id","name","lastname"}</c>.</summary>
public sealed record GroupMember(
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id,
    string Name,
    string Lastname);
