namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary>What GET /getBasicUserInfo answers.</summary>
public static class GetBasicUserInfoAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetBasicUserInfoAnswers)), UsersErrors.NoUserFoundLowerCase, UsersErrors.Unauthorized);
}
