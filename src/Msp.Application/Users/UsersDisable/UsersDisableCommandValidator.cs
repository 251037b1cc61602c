using Msp.Application.Users.UserStatus;

namespace Msp.Application.Users.UsersDisable;

public sealed class UsersDisableCommandValidator : UserStatusCommandValidator<UsersDisableCommand>;
