namespace Msp.Application.Auth.SetDeviceToken;

/// <summary>What GET /setDeviceToken answers.</summary>
public static class SetDeviceTokenAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", ApiError.MissingParameters, ApiError.BadParameters, AuthErrors.Unauthorized);
}
