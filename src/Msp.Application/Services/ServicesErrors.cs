namespace Msp.Application.Services;

/// <summary>The documented answers of the service switches (spec 6.33–6.36; docs/contract.md §4).</summary>
public static class ServicesErrors
{
    /// <summary>services/disable and services/enable; the per-user switches document none, so theirs is this too (docs/contract.md §2).</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    public static readonly ApiError ServiceNotFound = ApiError.Msg(404, "Service not found");

    public static readonly ApiError ServiceAlreadyDisabled = ApiError.Msg(402, "Service already disabled");

    public static readonly ApiError ServiceAlreadyEnabled = ApiError.Msg(402, "Service already enabled");

    /// <summary>The per-user switches' answer to a caller that is neither a partner admin nor the msp admin.</summary>
    public static readonly ApiError SiteAccessDenied = ApiError.Msg(403, "Site access denied");

    public static readonly ApiError NoUserFound = ApiError.Msg(403, "No user found");
}
