using Msp.Domain.Accounts;

namespace Msp.Application.Common.Security;

/// <summary>Who an operation lets reach a user's data (docs/contract.md §2 and the "caller" column of §4).</summary>
[Flags]
public enum AllowedCallers
{
    None = 0,

    /// <summary>An end user, about itself.</summary>
    Self = 1,

    /// <summary>A partner admin, about the accounts of its own BP.</summary>
    Partner = 2,

    /// <summary>A service account, about users subscribed to its service.</summary>
    Service = 4,

    /// <summary>The platform admin, about anyone.</summary>
    Admin = 8,

    /// <summary>The people who manage end users: a partner admin within its BP, the platform admin anywhere (docs/contract.md §4's "P, A").</summary>
    Managers = Partner | Admin,
}

public static class AllowedCallersExtensions
{
    /// <summary>Whether a caller of <paramref name="role"/> is of a kind <paramref name="allowed"/> lets in at all, whoever the target.</summary>
    public static bool Admits(this AllowedCallers allowed, Role role) => (allowed & KindOf(role)) != AllowedCallers.None;

    private static AllowedCallers KindOf(Role role) => role switch
    {
        Role.MspAdmin => AllowedCallers.Admin,
        Role.PartnerAdmin => AllowedCallers.Partner,
        Role.Service => AllowedCallers.Service,
        Role.EndUser => AllowedCallers.Self,
        _ => AllowedCallers.None,
    };
}
