namespace Msp.Application.Addresses;

/// <summary>The documented failures of the address operations (spec 6.1–6.4, docs/contract.md §4), and the bodies ADR 9 chose for bad input.</summary>
public static class AddressesErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>addressDelete's 404.</summary>
    public static readonly ApiError NoAddressFound = ApiError.Msg(404, "No address found");

    /// <summary>addressUpdate's 403, with the trailing space the spec prints.</summary>
    public static readonly ApiError NoAddressFoundForUpdate = ApiError.Msg(403, "No address found ");

    /// <summary>
    /// A device MAC already in another slot, of another address or of this one (ADR 26): the body of a malformed MAC, so
    /// that it says nothing of whose device it is.
    /// </summary>
    public static readonly ApiError DeviceMacTaken = ApiError.BadParameters.WithDetails(
        [new ErrorDetail("taken", "A device MAC given is already in another device slot.", [])]);

    /// <summary>
    /// An account at <see cref="AddressesOptions.MaxPerUser"/> addresses: the platform's usual 400 (6.1 documents no
    /// failure but the unauthorized body), with the reason in the optional details.
    /// </summary>
    public static readonly ApiError TooManyAddresses = ApiError.BadParameters.WithDetails(
        [new ErrorDetail("address_limit", "The user has as many addresses as one may have.", [])]);
}
