namespace Msp.Domain.RealEstate;

/// <summary>A known city of a country, which a flat must name (ADR 20): its id, its name as stored and its state.</summary>
public sealed record FlatCity(long Id, string Name, string State, string CountryIso)
{
    /// <summary>
    /// The state a flat is written with: the one the request gives, else the state of the city it names (a new city
    /// brings its own); null when neither changes it.
    /// </summary>
    public static string? StateOfFlat(string? given, FlatCity? city) => given ?? city?.State;
}
