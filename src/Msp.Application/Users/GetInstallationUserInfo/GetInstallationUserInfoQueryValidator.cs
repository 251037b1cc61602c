namespace Msp.Application.Users.GetInstallationUserInfo;

/// <summary>No user is named by a missing or malformed id: the documented "No user found".</summary>
public sealed class GetInstallationUserInfoQueryValidator : AbstractValidator<GetInstallationUserInfoQuery>
{
    public GetInstallationUserInfoQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(UsersErrors.NoUserFound);
        RuleFor(q => q.UserId).MustBeId().WithError(UsersErrors.NoUserFound);
    }
}
