namespace Msp.Application.Users.GetGroupsUser;

/// <summary>What GET /getGroupsUser answers.</summary>
public static class GetGroupsUserAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"data":[{"id":"1","name":"Test user"},{"id":"2","name":"Mitte"}]}""", UsersErrors.NoGroupFound, UsersErrors.ClienteNotAuthorized);
}
