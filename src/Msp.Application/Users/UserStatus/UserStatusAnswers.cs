namespace Msp.Application.Users.UserStatus;

/// <summary>What PUT /users/active, /users/delete and /users/disable answer alike: declared once beside their family's interface, whose shared handler serves them.</summary>
public static class UserStatusAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"ok"}""", UsersErrors.UserNotAllowed, UsersErrors.NotFound, UsersErrors.Unauthorized);
}
