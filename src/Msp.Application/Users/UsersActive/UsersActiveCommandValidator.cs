using Msp.Application.Users.UserStatus;

namespace Msp.Application.Users.UsersActive;

public sealed class UsersActiveCommandValidator : UserStatusCommandValidator<UsersActiveCommand>;
