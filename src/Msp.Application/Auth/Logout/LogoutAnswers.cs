namespace Msp.Application.Auth.Logout;

/// <summary>What GET /auth/logout answers.</summary>
public static class LogoutAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"Logout OK"}""", AuthErrors.LogoutFailed);
}
