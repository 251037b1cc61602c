using Msp.Application.Auth.Profile;
using Msp.Application.Users;
using Msp.Infrastructure.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

public sealed class UserReader(DbSession db) : IUserReader
{
    public async Task<UserInfo?> BasicInfoAsync(long userId, CancellationToken cancellationToken)
    {
        await using var sets = await db.QueryResultSetsAsync(UserInfoSql.UserAndPartner, new { UserId = userId }, cancellationToken);
        return await UserInfoSql.ReadAsync(sets);
    }
}
