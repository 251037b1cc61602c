namespace Msp.Application.Users.UserFields;

/// <summary>
/// users/register and users/update (spec 6.43, 6.44): the account fields, all text (ADR 4). With a
/// <see cref="UserId"/> the account is updated, without one a new end user is registered (CONTRACT.md §3: register
/// with a <c>User_id</c> also updates).
/// </summary>
public interface IUserFieldsCommand : ICommand<MessageResponse>, IRestrictedRequest
{
    WireId? UserId { get; }

    string? Name { get; }

    WireId? PartnerId { get; }

    string? Lastname { get; }

    string? Username { get; }

    string? Gender { get; }

    string? Dob { get; }

    string? Telephone { get; }

    string? DefaultLanguage { get; }

    string? Password { get; }

    string? PasswordConfirmation { get; }

    string? Email { get; }

    string? FiscalNumber { get; }

    string? StatusControl { get; }

    WireId? EmailTemplateId { get; }

    string? Mobil { get; }

    string? Fax { get; }

    string? Services { get; }

    string? Status { get; }

    string? Demo { get; }
}
