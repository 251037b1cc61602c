namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary>No user is named by a missing or malformed id: the documented "no user found".</summary>
public sealed class GetBasicUserInfoQueryValidator : AbstractValidator<GetBasicUserInfoQuery>
{
    public GetBasicUserInfoQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(UsersErrors.NoUserFoundLowerCase);
        RuleFor(q => q.UserId).MustBeId().WithError(UsersErrors.NoUserFoundLowerCase);
    }
}
