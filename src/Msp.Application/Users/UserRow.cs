namespace Msp.Application.Users;

/// <summary>
/// The account columns users/register and users/update write; null leaves a column as it is (update) or at its
/// default (register). Filled from the request by <c>UserRowMapper</c>.
/// </summary>
public sealed record UserRow
{
    public required long? PartnerId { get; init; }

    public required string? Username { get; init; }

    public required string? Email { get; init; }

    public required string? PasswordHash { get; init; }

    public required string? Name { get; init; }

    public required string? Lastname { get; init; }

    public required string? Gender { get; init; }

    public required string? Dob { get; init; }

    public required string? Telephone { get; init; }

    public required string? Mobil { get; init; }

    public required string? Fax { get; init; }

    public required string? FiscalNumber { get; init; }

    public required int? Status { get; init; }

    public required int? Demo { get; init; }

    public required int? StatusControl { get; init; }

    public required long? LanguageId { get; init; }
}

/// <summary>What the welcome email is addressed with: the account as it stands after the write.</summary>
public sealed record UserContact(string Email, string Name, string Lastname, string Username);

/// <summary>An email template's text in one language, with its placeholders still in it.</summary>
public sealed record EmailTemplateText(string Subject, string Body);
