namespace Msp.Application.Upstreams;

public interface IUpstreamSubscriptionReader
{
    /// <summary>
    /// Whether the account is subscribed to the service the named upstream backs, and that service is active: the
    /// condition of every upstream operation (docs/contract.md §4, last paragraph).
    /// </summary>
    Task<bool> IsSubscribedAsync(long accountId, string upstream, CancellationToken cancellationToken);
}
