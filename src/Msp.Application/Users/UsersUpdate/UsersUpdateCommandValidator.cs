using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersUpdate;

/// <summary>An update names its user; everything else is optional.</summary>
public sealed class UsersUpdateCommandValidator : UserFieldsCommandValidator<UsersUpdateCommand>
{
    public UsersUpdateCommandValidator()
    {
        RuleFor(c => c.Account.UserId).Present().WithError(UsersErrors.RegisterMissingParameters);
    }
}
