namespace Msp.Application.Messaging;

/// <summary>The documented failures of the Messaging operations (spec 6.8, 6.32; CONTRACT.md §4).</summary>
public static class MessagingErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>6.8's one failure, a bare JSON string; also the answer for missing parameters and foreign recipients.</summary>
    public static readonly ApiError InvalidEmail = ApiError.Of(403, "Invalid email");

    public static readonly ApiError EmptyMobilUser = ApiError.Of(200, new Dictionary<string, string> { ["status"] = "error", ["msg"] = "empty mobil user" });


}
