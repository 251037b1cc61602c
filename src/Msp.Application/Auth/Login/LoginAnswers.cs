namespace Msp.Application.Auth.Login;

/// <summary>What POST /auth/login answers.</summary>
public static class LoginAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        OperationExamples.Text(typeof(LoginAnswers)), AuthErrors.MissingUsername, AuthErrors.MissingPassword, AuthErrors.IncorrectCredentials, AuthErrors.AccountNotActive, ApiError.TooManyRequests);
}
