using Msp.Domain.Accounts;

namespace Msp.Application.Common.Security;

/// <summary>
/// The one place that decides who may touch whom (docs/contract.md §2). Handlers ask it instead of comparing roles
/// themselves. An account outside the caller's reach and an account that does not exist give the same answer
/// (null / false), so an outsider cannot tell one from the other.
/// </summary>
public sealed class TenantScope(CallerContext context, ITenantReader directory)
{
    /// <summary>The target account if the caller may reach it under <paramref name="allowed"/>; null otherwise.</summary>
    public async Task<ScopedUser?> FindUserAsync(long userId, AllowedCallers allowed, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        if (caller.Role == Role.EndUser && (userId != caller.UserId || !allowed.HasFlag(AllowedCallers.Self)))
        {
            return null;
        }

        var user = await directory.FindUserAsync(userId, caller.ServiceId, cancellationToken);
        return user is not null && MayReach(caller, user, allowed) ? user : null;
    }

    /// <summary>Whether the caller may act on a whole BP: its own partner admin, or the platform admin.</summary>
    public bool MayReachPartner(long partnerId, AllowedCallers allowed)
    {
        var caller = context.Caller;
        return caller.Role switch
        {
            Role.MspAdmin => allowed.HasFlag(AllowedCallers.Admin),
            Role.PartnerAdmin => allowed.HasFlag(AllowedCallers.Partner) && caller.PartnerId == partnerId,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the caller is of a kind <paramref name="allowed"/> lets in at all, whoever the target. An operation
    /// that answers "not allowed" and "not found" differently asks this first, so that its "not found" never reaches
    /// a caller that had no business asking.
    /// </summary>
    public bool Admits(AllowedCallers allowed) => allowed.Admits(context.Caller.Role);

    /// <summary>
    /// Whether the caller may send mail to <paramref name="email"/>: an end user only to its own BP's addresses (an
    /// account of its BP, or the BP's contact address; docs/contract.md §4, 6.8), every other caller anywhere.
    /// </summary>
    public async Task<bool> MayWriteToAsync(string email, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        if (caller.Role != Role.EndUser)
        {
            return true;
        }

        return caller.PartnerId is { } partnerId && await directory.IsPartnerAddressAsync(partnerId, email, cancellationToken);
    }

    private static bool MayReach(Caller caller, ScopedUser user, AllowedCallers allowed) => caller.Role switch
    {
        Role.MspAdmin => allowed.HasFlag(AllowedCallers.Admin),
        Role.PartnerAdmin => allowed.HasFlag(AllowedCallers.Partner) && user.PartnerId is not null && user.PartnerId == caller.PartnerId,
        Role.Service => allowed.HasFlag(AllowedCallers.Service) && user.SubscribedToCallerService,
        Role.EndUser => allowed.HasFlag(AllowedCallers.Self) && user.Id == caller.UserId,
        _ => false,
    };
}
