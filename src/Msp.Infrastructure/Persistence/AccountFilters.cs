using System.Globalization;
using Msp.Domain.Accounts;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// The account rules a statement must apply in the database (a token lookup, a bulk insert, a list), rendered from the
/// domain's statuses: <c>{{active(a)}}</c> is <see cref="AccountStatusRules.IsActive"/>, <c>{{visible(a)}}</c>
/// <see cref="AccountStatusRules.IsVisible"/>, for the accounts row named <c>a</c> (ADR 30). Both dialects write them alike.
/// </summary>
internal static class AccountFilters
{
    public static string Active(string alias) =>
        string.Create(CultureInfo.InvariantCulture, $"({alias}.status = {(int)AccountStatus.Active})");

    public static string Visible(string alias) =>
        string.Create(CultureInfo.InvariantCulture, $"({alias}.status <> {(int)AccountStatus.PendingDeletion})");
}
