using Msp.Application.Common.Security;
using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersRegister;

/// <summary>Spec 6.43: a new end user of a BP, with its subscriptions and, when <c>Email_template_id</c> names one, a queued welcome email; with a <c>User_id</c>, an update (CONTRACT.md §3).</summary>
public sealed record UsersRegisterCommand(
    WireId? UserId,
    string? Name,
    WireId? PartnerId,
    string? Lastname,
    string? Username,
    string? Gender,
    string? Dob,
    string? Telephone,
    string? DefaultLanguage,
    string? Password,
    string? PasswordConfirmation,
    string? Email,
    string? FiscalNumber,
    string? StatusControl,
    WireId? EmailTemplateId,
    string? Mobil,
    string? Fax,
    string? Services,
    string? Status,
    string? Demo) : IUserFieldsCommand
{
    public static AllowedCallers Callers => AllowedCallers.Partner | AllowedCallers.Admin;

    public static ApiError Refused => UsersErrors.InvalidAccess;
}
