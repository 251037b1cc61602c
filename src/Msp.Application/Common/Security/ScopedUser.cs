using Msp.Domain.Accounts;

namespace Msp.Application.Common.Security;

/// <summary>
/// What tenant scope needs to know of a target account: its BP, and whether it is subscribed to the calling
/// service account's service.
/// </summary>
public sealed record ScopedUser(long Id, Role Role, long? PartnerId, AccountStatus Status, bool SubscribedToCallerService)
{
    /// <summary>The account as the domain sees it, with its rules.</summary>
    public Account Account => new(Id, Role, PartnerId, Status);
}

public interface ITenantReader
{
    /// <summary>The account, with <see cref="ScopedUser.SubscribedToCallerService"/> answered for <paramref name="callerServiceId"/>.</summary>
    Task<ScopedUser?> FindUserAsync(long userId, long? callerServiceId, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="email"/> is an account's of the BP, or the BP's contact address (case-insensitively).</summary>
    Task<bool> IsPartnerAddressAsync(long partnerId, string email, CancellationToken cancellationToken);
}
