namespace Msp.Application.Auth.RevokeToken;

/// <summary>What GET /revokeToken answers.</summary>
public static class RevokeTokenAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"Access_denied: token is invalid"}""", AuthErrors.TokenNotFound, AuthErrors.Unauthorized);
}
