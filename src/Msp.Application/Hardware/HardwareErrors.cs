namespace Msp.Application.Hardware;

/// <summary>The documented failures of the hardware operations (spec 6.7, 6.17, 6.21, 6.22, 6.38, 6.39; docs/contract.md §3–4).</summary>
public static class HardwareErrors
{
    /// <summary>The module's unauthorized body: every hardware operation documents the platform's usual one.</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>checkHardware's 401, with the full stop the spec prints.</summary>
    public static readonly ApiError MissingParameters = ApiError.Msg(401, "Missing parameters.");

    /// <summary>getIP's unauthorized body, with a space where the others have an underscore, as printed.</summary>
    public static readonly ApiError UnauthorizedClientSpaced = ApiError.Error(400, "unauthorized client");

    /// <summary>getIP's 403: a caller of another kind, a user out of reach or not there, an ISG not the user's.</summary>
    public static readonly ApiError SiteAccessDenied = ApiError.Msg(403, "Site access denied");

    /// <summary>getSIPInfo's 403 (docs/contract.md §3).</summary>
    public static readonly ApiError NoUserFound = ApiError.Msg(403, "No user found");

    /// <summary>getSMB's 401: no SMB box, or a user out of reach or not there.</summary>
    public static readonly ApiError NoSmbDataFound = ApiError.Msg(401, "No SMB data found");

    /// <summary>getSMB's unauthorized body, a <c>msg</c> where the others have an <c>error</c>, as printed.</summary>
    public static readonly ApiError UnauthorizedClientMsg = ApiError.Msg(400, "unauthorized_client");

    /// <summary>updateIP's 402: a MAC that is not one, or names no ISG the caller may reach.</summary>
    public static readonly ApiError InvalidIsgMac = ApiError.Msg(402, "Invalid ISG MAC");

    /// <summary>updateMACstatus's 403: a MAC that is not one, or names no device of that type the caller may reach.</summary>
    public static readonly ApiError MacNotFound = ApiError.Msg(403, "MAC not found");
}
