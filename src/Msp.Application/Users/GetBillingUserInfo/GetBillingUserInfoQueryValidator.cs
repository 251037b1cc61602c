namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>No user is named by a missing or malformed id: the documented "No user found".</summary>
public sealed class GetBillingUserInfoQueryValidator : AbstractValidator<GetBillingUserInfoQuery>
{
    public GetBillingUserInfoQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(UsersErrors.NoUserFound);
        RuleFor(q => q.UserId).MustBeId().WithError(UsersErrors.NoUserFound);
    }
}
