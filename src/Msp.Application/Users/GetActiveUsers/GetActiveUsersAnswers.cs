namespace Msp.Application.Users.GetActiveUsers;

/// <summary>What POST /getActiveUsers answers.</summary>
public static class GetActiveUsersAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetActiveUsersAnswers)), UsersErrors.NoUserFound, UsersErrors.ClienteNotAuthorized);
}
