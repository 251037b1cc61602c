using Msp.Application.Auth;
using Msp.Application.Auth.SetDeviceToken;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>One push token per account, app and platform: a new one replaces the old; an account keeps a bounded number.</summary>
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

    /// <summary>The account's tokens but the ones refreshed last (ties: the newer row stays).</summary>
    private const string DropOldestSql = """
        DELETE FROM device_push_tokens WHERE account_id = @AccountId AND id NOT IN (
            SELECT id FROM device_push_tokens WHERE account_id = @AccountId ORDER BY updated_at DESC, id DESC {{page}})
        """;

    public async Task SaveAsync(long accountId, string appId, string platform, string deviceToken, int devicesKept, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var row = new { AccountId = accountId, AppId = appId, Platform = platform, DeviceToken = deviceToken, Now = nowUtc };
        if (await db.ExecuteAsync(UpdateSql, row, cancellationToken) == 0)
        {
            await db.ExecuteAsync(InsertSql, row, cancellationToken);
            await db.ExecuteAsync(DropOldestSql, new { AccountId = accountId, Offset = 0, Limit = devicesKept }, cancellationToken);
        }
    }
}
