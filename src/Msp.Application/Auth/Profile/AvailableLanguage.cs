using System.Text.Json.Serialization;

namespace Msp.Application.Auth.Profile;

public sealed class AvailableLanguage
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    public string Iso { get; init; } = "";

    public string Name { get; init; } = "";
}
