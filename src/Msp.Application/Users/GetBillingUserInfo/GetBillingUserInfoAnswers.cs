namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>What GET /getBillingUserInfo answers.</summary>
public static class GetBillingUserInfoAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Json(OperationExamples.Text(typeof(GetBillingUserInfoAnswers)), UsersErrors.NoUserFound, UsersErrors.NoAddressFound, UsersErrors.Unauthorized);
}
