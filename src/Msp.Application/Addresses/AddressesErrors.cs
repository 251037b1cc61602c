using Msp.Application.Common.Results;

namespace Msp.Application.Addresses;

/// <summary>The documented failures of the address operations (spec 6.1–6.4, CONTRACT.md §4), and the bodies ADR 9 chose for bad input.</summary>
public static class AddressesErrors
{
    public static readonly ApiError UnauthorizedClient = ApiError.UnauthorizedClient;

    /// <summary>addressDelete's 404.</summary>
    public static readonly ApiError NoAddressFound = ApiError.Msg(404, "No address found");

    /// <summary>addressUpdate's 403, with the trailing space the spec prints.</summary>
    public static readonly ApiError NoAddressFoundForUpdate = ApiError.Msg(403, "No address found ");

    /// <summary>None of the four documents a failure for bad input: the platform's usual bodies (ADR 9).</summary>
    public static readonly ApiError MissingParameters = ApiError.Msg(400, "Missing parameters");

    public static readonly ApiError BadParameters = ApiError.Msg(400, "Bad parameters");
}
