namespace Msp.Application.Users;

/// <summary>The documented failures of the Users operations (spec 6.14–6.20, 6.33–6.36, 6.40–6.45; docs/contract.md §4).</summary>
public static class UsersErrors
{
    /// <summary>getBasicUserInfo and getBillingUserInfo; also users/active, delete and disable, which document none (ADR 8).</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>getActiveUsers' unauthorized body, "cliente" as printed.</summary>
    public static readonly ApiError ClienteNotAuthorized =
        ApiError.Error(400, "unauthorized_client", "The cliente is not authorized to request an access token using this method.");

    public static readonly ApiError NoUserFound = ApiError.Msg(403, "No user found");

    /// <summary>getBasicUserInfo's own spelling, lower case as printed.</summary>
    public static readonly ApiError NoUserFoundLowerCase = ApiError.Msg(403, "no user found");

    public static readonly ApiError NoAddressFound = ApiError.Msg(404, "No address found");

    public static readonly ApiError UserNotAllowed = ApiError.Msg(403, "User not allowed");

    public static readonly ApiError NotFound = ApiError.Msg(404, "Not found");

    /// <summary>getGroupsBP and getGroupsUser: no group, or none the caller may see.</summary>
    public static readonly ApiError NoGroupFound = ApiError.Msg(403, "No group found");

    /// <summary>validate-end-user's one failure, whatever failed: a 200 with the status as a JSON string, as printed.</summary>
    public static readonly ApiError NotValidated = ApiError.Of(200, new Dictionary<string, string> { ["status"] = "403" });

    /// <summary>users/register and users/update: a required field missing.</summary>
    public static readonly ApiError RegisterMissingParameters = ApiError.Msg(401, "Missing parameters");

    /// <summary>users/register and users/update: a malformed field, a taken username or email, a service the BP does not offer.</summary>
    public static readonly ApiError RegisterBadParameters = ApiError.Msg(402, "Bad parameters");

    /// <summary>users/register and users/update: another BP, or a user that is not there for the caller.</summary>
    public static readonly ApiError InvalidAccess = ApiError.Msg(403, "invalid access");
}
