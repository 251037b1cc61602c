using Msp.Application.Common.Security;
using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersUpdate;

/// <summary>Spec 6.44 (printed with the register path; docs/contract.md §3): changes the given fields of an end user; <c>Services</c> replaces its subscriptions.</summary>
public sealed record UsersUpdateCommand(AccountFields Account) : IUserFieldsCommand
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Refused => UsersErrors.InvalidAccess;
}
