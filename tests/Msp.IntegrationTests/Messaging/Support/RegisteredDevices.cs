using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Messaging.Support;

/// <summary>Android devices a user's app registered (setDeviceToken), written straight into the table: push recipients.</summary>
internal static class RegisteredDevices
{
    public static async Task AddAsync(MspApiFactory api, long userId, int count)
    {
        await using var connection = await api.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO device_push_tokens (account_id, app_id, platform, device_token, created_at, updated_at)
            VALUES (@UserId, @AppId, 'Android', @DeviceToken, @Now, @Now)
            """,
            Enumerable.Range(1, count).Select(i => new { UserId = userId, AppId = $"app{i}", DeviceToken = $"fcm-token-{i}", Now = api.Clock.GetUtcNow().UtcDateTime }));
    }
}
