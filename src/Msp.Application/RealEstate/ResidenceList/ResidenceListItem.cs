using System.Text.Json.Serialization;

namespace Msp.Application.RealEstate.ResidenceList;

/// <summary>A residence of spec 6.28; its id is a JSON string like every id of the spec.</summary>
public sealed class ResidenceListItem
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long Id { get; init; }

    public string ResidenceNumber { get; init; } = "";

    public string Name { get; init; } = "";

    public string Postcode { get; init; } = "";

    public string City { get; init; } = "";
}
