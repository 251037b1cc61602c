namespace Msp.Application.Auth.RefreshToken;

/// <summary>What GET /refreshToken answers.</summary>
public static class RefreshTokenAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(RefreshTokenAnswers)), AuthErrors.InvalidRefreshToken, AuthErrors.Unauthorized);
}
