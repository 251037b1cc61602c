namespace Msp.Application.Users.UserFields;

/// <summary>What POST /users/register and /users/update answer alike: declared once beside their family's interface, whose shared handler serves them.</summary>
public static class UserFieldsAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(
        """{"msg":"Ok"}""",
        UsersErrors.RegisterMissingParameters,
        UsersErrors.RegisterBadParameters,
        UsersErrors.InvalidAccess,
        UsersErrors.Unauthorized,
        ApiError.TooManyRequests);
}
