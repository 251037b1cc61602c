namespace Msp.Application.Users.UserFields;

/// <summary>
/// The validated request's fields into the row the repository writes (ADR 2): every column of <see cref="UserRow"/> is
/// <c>required</c>, so a column the row gains and this mapping does not fill is a build error. Ids, numbers and flags
/// come parsed (wire values, ADR 4); nothing is parsed again here.
/// </summary>
public static class UserRowMapper
{
    public static UserRow ToRow(AccountFields fields, string? passwordHash, long? languageId) => new()
    {
        PartnerId = fields.PartnerId?.Value,
        Username = fields.Username,
        Email = fields.Email,
        PasswordHash = passwordHash,
        Name = fields.Name,
        Lastname = fields.Lastname,
        Gender = fields.Gender,
        Dob = fields.Dob,
        Telephone = Phone(fields.Telephone),
        Mobil = Phone(fields.Mobil),
        Fax = Phone(fields.Fax),
        FiscalNumber = fields.FiscalNumber,
        Status = Flag(fields.Status),
        Demo = Flag(fields.Demo),
        StatusControl = fields.StatusControl?.Value,
        LanguageId = languageId,
    };

    private static int? Flag(WireFlag? flag) => flag is null ? null : flag.Value ? 1 : 0;

    /// <summary>Numbers are stored in E.164, whatever separators the client wrote.</summary>
    private static string? Phone(WirePhoneNumber? number) => number?.Value.Value;
}
