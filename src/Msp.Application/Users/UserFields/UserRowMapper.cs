using Riok.Mapperly.Abstractions;

namespace Msp.Application.Users.UserFields;

/// <summary>
/// The validated request's fields into the row the repository writes (ADR 2): a column the row gains and nothing
/// fills is a build error (RMG012). Text ids and flags are parsed here; the validator has already accepted them.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserRowMapper
{
    public static partial UserRow ToRow(IUserFieldsCommand command, string? passwordHash, long? languageId);
}
