namespace Msp.Application.Users.GetActiveUsers;

/// <summary>A missing or malformed BPID names no BP, so no user is found in it.</summary>
public sealed class GetActiveUsersQueryValidator : AbstractValidator<GetActiveUsersQuery>
{
    public GetActiveUsersQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(UsersErrors.NoUserFound);
        RuleFor(q => q.Bpid).MustBeId().WithError(UsersErrors.NoUserFound);
    }
}
