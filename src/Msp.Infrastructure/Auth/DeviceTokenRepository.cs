using Msp.Application.Auth;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>One push token per account, app and platform: a new one replaces the old.</summary>
public sealed class DeviceTokenRepository(DbSession db) : IDeviceTokenRepository
{
    private const string UpdateSql = """
        UPDATE device_push_tokens SET device_token = @DeviceToken, updated_at = @Now
        WHERE account_id = @AccountId AND app_id = @AppId AND platform = @Platform
        """;

    private const string InsertSql = """
        INSERT INTO device_push_tokens (account_id, app_id, platform, device_token, created_at, updated_at)
        VALUES (@AccountId, @AppId, @Platform, @DeviceToken, @Now, @Now)
        """;

    public async Task SaveAsync(long accountId, string appId, string platform, string deviceToken, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var row = new { AccountId = accountId, AppId = appId, Platform = platform, DeviceToken = deviceToken, Now = nowUtc };
        if (await db.ExecuteAsync(UpdateSql, row, cancellationToken) == 0)
        {
            await db.ExecuteAsync(InsertSql, row, cancellationToken);
        }
    }
}
