using Msp.Domain.Accounts;
using Msp.Domain.Billing;
using Msp.Domain.SeedWork;

namespace Msp.DomainTests;

public sealed class InvoiceTests
{
    private static readonly BillingPeriod November = new(2026, 11);

    [Fact]
    public void An_invoice_takes_its_lines_and_their_totals_in_its_currency()
    {
        BillableLine[] lines = [new(1m, 46.16m, 0m, 0.081m)];

        var invoice = Invoice.Issue(955, November, "CHF", lines);

        Assert.Equal(955, invoice.UserId);
        Assert.Equal(November, invoice.Period);
        Assert.Equal("CHF", invoice.Currency);
        Assert.Equal(lines, invoice.Lines);
        Assert.Equal(new InvoiceTotals(46.16m, 3.74m, 49.90m), invoice.Totals);
    }

    [Fact]
    public void The_totals_are_rounded_to_the_invoices_coin()
    {
        BillableLine[] lines = [new(1m, 10.02m, 0m, 0m)];

        Assert.Equal(10.00m, Invoice.Issue(1, November, "CHF", lines).Totals.Amount);
        Assert.Equal(10.02m, Invoice.Issue(1, November, "EUR", lines).Totals.Amount);
    }

    [Fact]
    public void The_number_is_the_period_and_the_user_whichever_run_issues_it()
    {
        Assert.Equal("202611-955", Invoice.Issue(955, November, "CHF", [new(1m, 1m, 0m, 0m)]).Number);
        Assert.Equal("202601-7", Invoice.NumberOf(new BillingPeriod(2026, 1), 7));
        Assert.Equal("099912-1", Invoice.NumberOf(new BillingPeriod(999, 12), 1));
    }

    [Fact]
    public void No_invoice_bills_nothing()
    {
        var broken = Assert.Throws<BusinessRuleBrokenException>(() => Invoice.Issue(955, November, "CHF", []));

        Assert.IsType<AnInvoiceBillsSomething>(broken.Rule);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0.0001", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    public void A_line_bills_a_quantity_of_more_than_zero(string quantity, bool accepted)
    {
        Assert.Equal(accepted, BillableLine.HasQuantity(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2, 10, 20, true)]
    [InlineData(2, 10, 0, true)]
    [InlineData(2, 10, 20.0001, false)]
    [InlineData(1, 0, 0.01, false)]
    public void A_discount_is_at_most_the_line(decimal quantity, decimal price, decimal discount, bool fits)
    {
        Assert.Equal(fits, BillableLine.DiscountFits(quantity, price, discount));
    }

    [Fact]
    public void A_service_bills_end_users_for_its_own_service_only()
    {
        var docman = new Biller(Role.Service, 3);

        Assert.True(docman.MayBill(Role.EndUser, 3));
        Assert.False(docman.MayBill(Role.EndUser, 4));
        Assert.False(new Biller(Role.Service, null).MayBill(Role.EndUser, 3));
    }

    [Fact]
    public void The_platform_admin_bills_end_users_for_any_service()
    {
        var admin = new Biller(Role.MspAdmin, null);

        Assert.True(admin.MayBill(Role.EndUser, 3));
        Assert.True(admin.MayBill(Role.EndUser, 4));
    }

    [Theory]
    [InlineData(Role.MspAdmin)]
    [InlineData(Role.PartnerAdmin)]
    [InlineData(Role.Service)]
    public void Only_end_users_are_billed(Role userRole)
    {
        Assert.False(new Biller(Role.MspAdmin, null).MayBill(userRole, 3));
        Assert.True(new OnlyEndUsersAreBilled(userRole).IsBroken());
    }
}
