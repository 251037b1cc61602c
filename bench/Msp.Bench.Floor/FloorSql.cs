using Msp.Infrastructure.Auth;

namespace Msp.Bench.Floor;

/// <summary>
/// The statements getUserInfo runs, the API's own constants (compiled in: the floor loads nothing of the API at run
/// time), so the floor runs exactly the API's database work and cannot drift from it when a statement changes.
/// </summary>
internal static class FloorSql
{
    public const string CallerByToken = CallerReader.ByTokenSql;

    public const string Profile = UserProfileReader.ProfileSql;

    public const string NewestSessionId = TokenRepository.NewestSessionIdSql;
}
