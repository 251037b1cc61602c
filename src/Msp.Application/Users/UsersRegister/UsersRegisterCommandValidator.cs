using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersRegister;

public sealed class UsersRegisterCommandValidator : UserFieldsCommandValidator<UsersRegisterCommand>;
