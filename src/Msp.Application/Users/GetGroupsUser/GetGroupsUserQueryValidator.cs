namespace Msp.Application.Users.GetGroupsUser;

/// <summary>A missing or malformed userID names nobody, who belongs to no group.</summary>
public sealed class GetGroupsUserQueryValidator : AbstractValidator<GetGroupsUserQuery>
{
    public GetGroupsUserQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(UsersErrors.NoGroupFound);
        RuleFor(q => q.UserId).MustBeId().WithError(UsersErrors.NoGroupFound);
    }
}
