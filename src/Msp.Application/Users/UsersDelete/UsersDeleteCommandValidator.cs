using Msp.Application.Users.UserStatus;

namespace Msp.Application.Users.UsersDelete;

public sealed class UsersDeleteCommandValidator : UserStatusCommandValidator<UsersDeleteCommand>;
