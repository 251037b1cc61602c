using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses;

public interface IAddressRepository
{
    /// <summary>The account the address belongs to; null when there is no such address.</summary>
    Task<long?> FindOwnerAsync(long addressId, CancellationToken cancellationToken);

    Task<City?> FindCityAsync(long cityId, CancellationToken cancellationToken);

    /// <summary>How many addresses the account has.</summary>
    Task<int> CountOfAccountAsync(long accountId, CancellationToken cancellationToken);

    /// <summary>
    /// A new address of the account; fields not given take the table's defaults. Answers its id, or null when one of its
    /// device MACs belongs to another address (ADR 26): the command must then fail, so that its transaction takes the
    /// row back.
    /// </summary>
    Task<long?> CreateAsync(long accountId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the given fields only. <see cref="AddressUpdateOutcome.DeviceMacTaken"/> when a MAC given belongs to
    /// another address or to another slot of this one (ADR 26): the command must then fail, so that its transaction
    /// takes the change back.
    /// </summary>
    Task<AddressUpdateOutcome> UpdateAsync(long addressId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the address, frees its device MACs and clears it as any account's default address; false when it was
    /// already gone.
    /// </summary>
    Task<bool> DeleteAsync(long addressId, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>What came of <see cref="IAddressRepository.UpdateAsync"/>.</summary>
public enum AddressUpdateOutcome
{
    Updated,
    Gone,
    DeviceMacTaken,
}

public sealed record City(long Id, string Name, string State, string CountryIso);
