using Riok.Mapperly.Abstractions;

namespace Msp.Application.Users.UserFields;

/// <summary>
/// The validated request's fields into the row the repository writes (ADR 2): a column the row gains and nothing
/// fills is a build error (RMG012). Ids, numbers and flags come parsed (wire values, ADR 4); nothing is parsed again here.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserRowMapper
{
    public static partial UserRow ToRow(AccountFields fields, string? passwordHash, long? languageId);

    /// <summary>An id the binder parsed and the validator accepted.</summary>
    private static long Id(WireId id) => id.Value;

    private static int Number(WireNumber number) => number.Value;

    private static int Flag(WireFlag flag) => flag.Value ? 1 : 0;

    /// <summary>Numbers are stored in E.164, whatever separators the client wrote.</summary>
    private static string Phone(WirePhoneNumber number) => number.Value.Value;
}
