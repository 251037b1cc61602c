using System.Text.Json.Serialization;

namespace Msp.Application.RealEstate.ResidenceListFull;

/// <summary>A residence of spec 6.29: 6.28's residence with its buildings, in id order.</summary>
public sealed record ResidenceListFullItem(
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id,
    string ResidenceNumber,
    string Name,
    string Postcode,
    string City,
    IReadOnlyList<Building> Buildings);
