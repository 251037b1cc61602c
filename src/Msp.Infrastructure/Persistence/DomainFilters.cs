using System.Globalization;
using Msp.Domain.Accounts;
using Msp.Domain.RealEstate;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The domain's rules that a statement must apply in the database (a token lookup, a bulk insert, a list, a guarded
/// delete), as the markers <c>{{rule(alias)}}</c> for the row named <c>alias</c>, each rendered here once for both
/// dialects (ADR 30): <c>active</c> and <c>visible</c> on <c>accounts</c> (<see cref="AccountStatusRules"/>),
/// <c>available</c> and <c>occupied</c> on <c>flats</c> (<see cref="FlatOccupancy"/>), and <c>enabled</c> on
/// <c>services</c>: a disabled service is gone for every caller, its subscriptions kept for its return (ADR 17).
/// </summary>
internal static class DomainFilters
{
    public static string Render(string rule, string alias) => rule switch
    {
        "active" => Invariant($"({alias}.status = {(int)AccountStatus.Active})"),
        "visible" => Invariant($"({alias}.status <> {(int)AccountStatus.PendingDeletion})"),
        "available" => Invariant($"({alias}.occupants = 0)"),
        "occupied" => Invariant($"({alias}.occupants > 0)"),
        "enabled" => Invariant($"({alias}.active = 1)"),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No such domain filter."),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
