namespace Msp.Application.Upstreams.Docman.GetNotifications;

/// <summary>What POST /getNotifications and /sw/getNotifications answers.</summary>
public static class GetNotificationsAnswers
{
    /// <summary>The spec prints the notifications as <c>[...]</c>: Docman's own items, relayed as they are (here the sandbox's).</summary>
    private const string Notifications = """
        {"status":"ok","notifications":[{"id":"1","title":"Wartung Lift","description":"Der Lift ist am Montag von 8 bis 12 Uhr ausser Betrieb.","date":"2016-08-12 09:00:00"}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Notifications, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}
