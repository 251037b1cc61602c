namespace Msp.Domain.RealEstate;

/// <summary>
/// A flat is occupied while an address points at it (docs/contract.md §3): available with no occupant, occupied with one or
/// more, every flat in exactly one of the two lists. The database keeps the count (<c>flats.occupants</c>, by
/// triggers) and tests it where it must, in the statement that lists or deletes the flat (ADR 20, ADR 30).
/// </summary>
public readonly record struct FlatOccupancy(int Occupants)
{
    public bool IsOccupied => Occupants > 0;

    /// <summary>An occupied flat stays: deleting it would leave an address pointing at no flat (ADR 20).</summary>
    public bool MayBeDeleted => !IsOccupied;
}
