namespace Msp.Application.Users.UserFields;

/// <summary>
/// The account fields of users/register and users/update (spec 6.43, 6.44), bound from the request's flat
/// parameters: written once for both operations. With a <see cref="UserId"/> the account is updated, without one a
/// new end user is registered (docs/contract.md §3: register with a <c>User_id</c> also updates).
/// </summary>
public sealed record AccountFields(
    WireId? UserId,
    string? Name,
    WireId? PartnerId,
    string? Lastname,
    string? Username,
    string? Gender,
    string? Dob,
    WirePhoneNumber? Telephone,
    string? DefaultLanguage,
    string? Password,
    string? PasswordConfirmation,
    string? Email,
    string? FiscalNumber,
    WireNumber? StatusControl,
    WireId? EmailTemplateId,
    WirePhoneNumber? Mobil,
    WirePhoneNumber? Fax,
    string? Services,
    WireFlag? Status,
    WireFlag? Demo) : IWireFields;
