namespace Msp.Application.Users.UserStatus;

/// <summary>A missing or malformed id names no user: "Not found".</summary>
public abstract class UserStatusCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IUserStatusCommand
{
    protected UserStatusCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(UsersErrors.NotFound);
        RuleFor(c => c.UserId).MustBeId().WithError(UsersErrors.NotFound);
    }
}
