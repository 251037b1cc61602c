namespace Msp.Application.Auth.Reset;

/// <summary>What POST /auth/reset answers.</summary>
public static class ResetAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"OK"}""", AuthErrors.ResetFailed, ApiError.TooManyRequests);
}
