namespace Msp.Application.Users.ValidateEndUser;

/// <summary>What POST /users/validate-end-user answers.</summary>
public static class ValidateEndUserAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"OK"}""", UsersErrors.NotValidated, UsersErrors.Unauthorized);
}
