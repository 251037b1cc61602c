namespace Msp.Application.Auth.SetDeviceToken;

public interface IDeviceTokenRepository
{
    /// <summary>
    /// Saves the token of the account's app on the platform (replacing that app's previous one), then keeps only the
    /// account's <paramref name="devicesKept"/> tokens refreshed last.
    /// </summary>
    Task SaveAsync(long accountId, string appId, string platform, string deviceToken, int devicesKept, DateTime nowUtc, CancellationToken cancellationToken);
}
