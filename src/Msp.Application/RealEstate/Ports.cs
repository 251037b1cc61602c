using Msp.Application.RealEstate.Fields;
using Msp.Domain.RealEstate;

namespace Msp.Application.RealEstate;

/// <summary>
/// The flats' writes (flatCreate, flatUpdate, flatDelete). <c>partnerId</c> is the caller's reach: its BP for a partner
/// admin, null for the msp admin (every BP). A row out of reach is answered as a row that does not exist.
/// </summary>
public interface IFlatRepository
{
    /// <summary>The BP of the building, when it exists within reach; else null.</summary>
    Task<long?> FindBuildingPartnerAsync(long buildingId, long? partnerId, CancellationToken cancellationToken);

    /// <summary>The city of that name in that country (names compared as stored, case-insensitively); else null.</summary>
    Task<FlatCity?> FindCityAsync(string name, string country, CancellationToken cancellationToken);

    /// <summary>The flat's place, when it exists within reach; else null.</summary>
    Task<FlatPlace?> FindFlatAsync(long flatId, long? partnerId, CancellationToken cancellationToken);

    /// <summary>A new flat in the building of BP <paramref name="buildingPartnerId"/>; answers its id.</summary>
    Task<long> CreateAsync(long buildingPartnerId, FlatFields fields, FlatCity city, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Changes the given fields only, in one statement guarded by the reach; false when the flat is gone.</summary>
    Task<bool> UpdateAsync(long flatId, long? partnerId, FlatChange change, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Deletes the flat unless an address points at it, in one guarded statement (ADR 20).</summary>
    Task<FlatDeletion> DeleteAsync(long flatId, long? partnerId, CancellationToken cancellationToken);
}

/// <summary>Where a flat is: what an update needs to check a new building, city or country against.</summary>
public sealed record FlatPlace(long PartnerId, string Country, string City);

/// <summary>An update: the given fields, the flat's new BP when it moves building, and its city when that changes.</summary>
public sealed record FlatChange(FlatFields Fields, long? BuildingPartnerId, FlatCity? City);

public enum FlatDeletion
{
    Deleted,

    /// <summary>An address points at the flat: it stays.</summary>
    Occupied,

    /// <summary>No such flat within reach.</summary>
    Missing,
}
