using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses;

public interface IAddressRepository
{
    /// <summary>The account the address belongs to; null when there is no such address.</summary>
    Task<long?> FindOwnerAsync(long addressId, CancellationToken cancellationToken);

    Task<City?> FindCityAsync(long cityId, CancellationToken cancellationToken);

    /// <summary>A new address of the account; fields not given take the table's defaults. Answers its id.</summary>
    Task<long> CreateAsync(long accountId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Changes the given fields only; false when the address is gone.</summary>
    Task<bool> UpdateAsync(long addressId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Deletes the address and clears it as any account's default address; false when it was already gone.</summary>
    Task<bool> DeleteAsync(long addressId, DateTime nowUtc, CancellationToken cancellationToken);
}

public sealed record City(long Id, string Name, string State, string CountryIso);
