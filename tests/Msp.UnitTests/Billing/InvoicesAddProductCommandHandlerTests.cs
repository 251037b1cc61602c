using Microsoft.Extensions.Options;
using Msp.Application.Billing;
using Msp.Application.Billing.InvoicesAddProduct;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Billing;

/// <summary>invoices/add-product (spec 6.24, ADR 15, 19): who may bill whom for which service, the pending-line bound, the line written.</summary>
public sealed class InvoicesAddProductCommandHandlerTests
{
    private const string SiteAccessDenied = """{"msg":"site access denied"}""";

    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IInvoiceLineRepository _lines = Substitute.For<IInvoiceLineRepository>();
    private readonly BillingOptions _options = new() { MaxPendingLinesPerUser = 3, VatRates = { ["3"] = 0.026m } };

    private static Caller Docman => TestData.CallerAs(Role.Service, 910, serviceId: 3);

    public InvoicesAddProductCommandHandlerTests()
    {
        _directory.FindUserAsync(955, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, SubscribedToCallerService: true));
        _lines.ServiceExistsAsync(Arg.Is<long>(id => id == 3 || id == 4), Arg.Any<CancellationToken>()).Returns(true);
    }

    [Fact]
    public async Task A_service_bills_its_subscriber_for_its_own_service_with_the_service_s_VAT_rate_and_the_platform_s_currency()
    {
        WireAssert.Success(await Handle(Docman, userId: 955, serviceId: 3, quantity: "2", price: "9.95", discount: "1.5"), """{"msg":"ok"}""");

        await _lines.Received(1).AddAsync(new PendingLine(955, 3, "Scan service", 2m, 9.95m, 1.5m, 0.026m, "CHF", 910), TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_msp_admin_bills_any_service_a_missing_discount_is_zero_and_the_default_VAT_applies()
    {
        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), userId: 955, serviceId: 4, quantity: "1", price: "20", discount: null), """{"msg":"ok"}""");

        await _lines.Received(1).AddAsync(new PendingLine(955, 4, "Scan service", 1m, 20m, 0m, 0.081m, "CHF", 1), TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_service_billing_another_service_is_refused_like_an_unknown_one()
    {
        WireAssert.Failure(await Handle(Docman, userId: 955, serviceId: 4), 403, SiteAccessDenied);
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), userId: 955, serviceId: 99), 403, SiteAccessDenied);
        await _lines.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    [Fact]
    public async Task A_user_out_of_reach_unknown_or_not_an_end_user_is_refused()
    {
        _directory.FindUserAsync(920, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(920, Role.PartnerAdmin, 1, AccountStatus.Active, true));
        _directory.FindUserAsync(1097, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(1097, Role.EndUser, 1, AccountStatus.Active, SubscribedToCallerService: false));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), userId: 920, serviceId: 3), 403, SiteAccessDenied);
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), userId: 99999, serviceId: 3), 403, SiteAccessDenied);
        WireAssert.Failure(await Handle(Docman, userId: 1097, serviceId: 3), 403, SiteAccessDenied);
        await _lines.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    [Fact]
    public async Task At_the_pending_line_bound_the_answer_is_bad_parameters_saying_why_and_nothing_is_added()
    {
        _lines.CountPendingAsync(955, Arg.Any<CancellationToken>()).Returns(3);

        var result = await Handle(Docman, userId: 955, serviceId: 3);

        WireAssert.Failure(result, 400, """{"msg":"Bad parameters"}""");
        Assert.Equal("pending_lines", Assert.Single(result.Error!.Details).Code);
        await _lines.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, long userId, long serviceId, string quantity = "1", string price = "5", string? discount = null)
    {
        var context = TestData.ContextOf(caller);
        return new InvoicesAddProductCommandHandler(new TenantScope(context, _directory), context, _lines, Options.Create(_options), TestData.Clock())
            .Handle(new InvoicesAddProductCommand(TestData.Id(userId), TestData.Id(serviceId), "Scan service", quantity, price, discount), CancellationToken.None);
    }
}
