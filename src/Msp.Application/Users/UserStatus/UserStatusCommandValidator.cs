namespace Msp.Application.Users.UserStatus;

/// <summary>A missing or malformed id names no user: "Not found". The three status commands' one validator.</summary>
public sealed class UserStatusCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IUserStatusCommand
{
    public UserStatusCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(UsersErrors.NotFound);
        RuleFor(c => c.UserId).MustBeId().WithError(UsersErrors.NotFound);
    }
}
