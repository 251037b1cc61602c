using System.Text.Json.Serialization;

namespace Msp.Application.RealEstate;

/// <summary>A building as buildingList and residenceListFull answer it; ids are JSON strings like every id of the spec.</summary>
public sealed class Building
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long ResidenceId { get; init; }

    public string Name { get; init; } = "";

    public string StreetName { get; init; } = "";

    public string StreetNumber { get; init; } = "";
}
