namespace Msp.Application.Messaging;

/// <summary>The documented failures of the Messaging operations (spec 6.8, 6.32; docs/contract.md §4).</summary>
public static class MessagingErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>6.8's one failure, a bare JSON string; also the answer for missing parameters and foreign recipients.</summary>
    public static readonly ApiError InvalidEmail = ApiError.Of(403, "Invalid email");

    public static readonly ApiError EmptyMobilUser = ApiError.Of(200, new Dictionary<string, string> { ["status"] = "error", ["msg"] = "empty mobil user" });

    /// <summary>sendPushGroup's and sendPushNotification's unauthorized body, "cliente" as printed.</summary>
    public static readonly ApiError ClienteNotAuthorized =
        ApiError.Error(400, "unauthorized_client", "The cliente is not authorized to request an access token using this method.");

    /// <summary>
    /// 6.31's "nobody to push to", as a 200: a user or group without a registered device, and one that does not exist
    /// or lies outside the caller's reach (docs/contract.md §3).
    /// </summary>
    public static readonly ApiError NoMembers = ApiError.Error(200, "error", "no members in this group.");
}
