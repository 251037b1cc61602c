namespace Msp.Application.Users;

/// <summary>
/// The account columns users/register and users/update write; null leaves a column as it is (update) or at its
/// default (register). Filled from the request by <c>UserRowMapper</c>.
/// </summary>
public sealed record UserRow
{
    public long? PartnerId { get; init; }

    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? PasswordHash { get; init; }

    public string? Name { get; init; }

    public string? Lastname { get; init; }

    public string? Gender { get; init; }

    public string? Dob { get; init; }

    public string? Telephone { get; init; }

    public string? Mobil { get; init; }

    public string? Fax { get; init; }

    public string? FiscalNumber { get; init; }

    public int? Status { get; init; }

    public int? Demo { get; init; }

    public int? StatusControl { get; init; }

    public long? LanguageId { get; init; }
}

/// <summary>What the welcome email is addressed with: the account as it stands after the write.</summary>
public sealed record UserContact(string Email, string Name, string Lastname, string Username);

/// <summary>An email template's text in one language, with its placeholders still in it.</summary>
public sealed record EmailTemplateText(string Subject, string Body);
