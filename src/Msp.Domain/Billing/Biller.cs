using Msp.Domain.Accounts;
using Msp.Domain.SeedWork;

namespace Msp.Domain.Billing;

/// <summary>Who adds a line to a user's next invoice (invoices/add-product, ADR 19): a service account or the platform admin.</summary>
public sealed record Biller(Role Role, long? OwnServiceId)
{
    /// <summary>Whether this biller may bill a user of <paramref name="userRole"/> for <paramref name="serviceId"/>.</summary>
    public bool MayBill(Role userRole, long serviceId) =>
        !new OnlyEndUsersAreBilled(userRole).IsBroken() && !new AServiceBillsOnlyItsOwnService(this, serviceId).IsBroken();
}

/// <summary>Invoices are an end user's; the people who manage them are not billed through the API.</summary>
public sealed record OnlyEndUsersAreBilled(Role UserRole) : IBusinessRule
{
    public string Message => "Only end users are billed.";

    public bool IsBroken() => UserRole != Role.EndUser;
}

/// <summary>A service bills for its own service only; the platform admin bills for any.</summary>
public sealed record AServiceBillsOnlyItsOwnService(Biller Biller, long ServiceId) : IBusinessRule
{
    public string Message => "A service bills only for its own service.";

    public bool IsBroken() => Biller.Role == Role.Service && Biller.OwnServiceId != ServiceId;
}
