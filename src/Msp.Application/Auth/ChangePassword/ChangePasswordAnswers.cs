namespace Msp.Application.Auth.ChangePassword;

/// <summary>What POST /changePassword answers.</summary>
public static class ChangePasswordAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json("""{"msg":"Ok"}""", AuthErrors.MissingParameters, AuthErrors.BadParameters, AuthErrors.Unauthorized);
}
