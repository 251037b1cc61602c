using System.Text.Json.Serialization;

namespace Msp.Application.Users.GetActiveUsers;

/// <summary>One entry of spec 6.14's list, named as printed (<c>userID</c>, <c>surname</c>, <c>tel</c>).</summary>
public sealed class ActiveUser
{
    [JsonPropertyName("userID")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long UserId { get; init; }

    public string Name { get; init; } = "";

    public string Surname { get; init; } = "";

    public string Tel { get; init; } = "";

    public string Email { get; init; } = "";
}
