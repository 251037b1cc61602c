using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>
/// Forgets a device token a push provider reports as unregistered or invalid: every account's registration of it (one
/// app install serves whoever signs in on the device), so no later push goes to it.
/// </summary>
public sealed class UnregisteredDevices(DbSession db)
{
    private const string RemoveSql = "DELETE FROM device_push_tokens WHERE device_token = @Token AND platform = @Platform";

    public Task RemoveAsync(OutboxMessage message) =>
        db.ExecuteAsync(RemoveSql, new { Token = message.Recipient, message.Platform }, CancellationToken.None);
}
