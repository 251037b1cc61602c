namespace Msp.Application.Auth.GetUserInfo;

/// <summary>What GET /getUserInfo answers.</summary>
public static class GetUserInfoAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetUserInfoAnswers)), AuthErrors.TokenNotFound);
}
