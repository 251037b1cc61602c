using Msp.Application.Common.Security;
using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersRegister;

/// <summary>Spec 6.43: a new end user of a BP, with its subscriptions and, when <c>Email_template_id</c> names one, a queued welcome email; with a <c>User_id</c>, an update (docs/contract.md §3).</summary>
public sealed record UsersRegisterCommand(AccountFields Account) : IUserFieldsCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => UsersErrors.InvalidAccess;
}
