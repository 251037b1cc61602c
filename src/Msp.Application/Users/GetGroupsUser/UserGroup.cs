using System.Text.Json.Serialization;

namespace Msp.Application.Users.GetGroupsUser;

/// <summary>A group of spec 6.19, <c>{"id","name"}</c>; the id is a JSON string there.</summary>
public sealed record UserGroup([property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id, string Name);
