namespace Msp.Application.Users.GetGroupsBP;

/// <summary>A missing or malformed BPID names no BP, so no group is found in it.</summary>
public sealed class GetGroupsBPQueryValidator : AbstractValidator<GetGroupsBPQuery>
{
    public GetGroupsBPQueryValidator()
    {
        RuleFor(q => q.Bpid).Present().WithError(UsersErrors.NoGroupFound);
        RuleFor(q => q.Bpid).MustBeId().WithError(UsersErrors.NoGroupFound);
    }
}
