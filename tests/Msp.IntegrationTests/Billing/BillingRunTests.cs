using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Msp.Application.Billing.MonthlyRun;
using Msp.Domain.Billing;
using Msp.Infrastructure;
using Msp.Infrastructure.Billing;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Billing;

/// <summary>
/// The monthly billing run (ADR 19) on the test database, outside the web host, each <see cref="Instance"/> a process of
/// its own: one invoice per user and period however often, however concurrently and however interrupted it runs, and
/// totals to the centime.
/// </summary>
public sealed class BillingRunTests(MspApiFactory api) : ApiTest(api)
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    private BillingPeriod ThisMonth => BillingPeriod.Containing(Api.Clock.GetUtcNow().UtcDateTime, Zurich);

    [Fact]
    public async Task Two_runs_of_one_period_issue_one_invoice_per_user()
    {
        await AddLinesAsync((955, 3, 2m, 12.5m, 1.5m), (955, 5, 1m, 9.9m, 0m), (1154, 3, 1m, 20m, 0m));
        await using var instance = Instance();

        Assert.Equal(2, await instance.Run.RunAsync(ThisMonth, CancellationToken.None));
        Assert.Equal(0, await instance.Run.RunAsync(ThisMonth, CancellationToken.None));

        var invoices = await InvoicesAsync(ThisMonth);
        Assert.Equal([955L, 1154L], invoices.Select(i => i.AccountId));
        Assert.Equal(0, await PendingCountAsync());
        Assert.Equal((ThisMonth.Key, 2), await RunRecordAsync(ThisMonth));
    }

    [Fact]
    public async Task Two_runs_at_once_issue_one_invoice_per_user()
    {
        await AddManyUsersWithLinesAsync(users: 40, linesEach: 3);
        await using var first = Instance(batchSize: 4);
        await using var second = Instance(batchSize: 4);

        var issued = await Task.WhenAll(
            Task.Run(() => first.Run.RunAsync(ThisMonth, CancellationToken.None)),
            Task.Run(() => second.Run.RunAsync(ThisMonth, CancellationToken.None)));

        Assert.Equal(40, issued.Sum());
        var invoices = await InvoicesAsync(ThisMonth);
        Assert.Equal(40, invoices.Count);
        Assert.Equal(40, invoices.Select(i => i.AccountId).Distinct().Count());
        await AssertEveryLineOnExactlyOneInvoiceAsync(120);
    }

    [Fact]
    public async Task A_run_stopped_after_half_the_users_is_resumed_and_bills_every_line_once()
    {
        await AddManyUsersWithLinesAsync(users: 10, linesEach: 3);
        await using var stopped = Instance(batchSize: 5);

        // The stopped process: its run record, and its first step (5 users, committed), then nothing.
        await using (var scope = stopped.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Msp.Application.Billing.IBillingRunRepository>()
                .StartAsync(ThisMonth, Api.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            var outcome = await scope.ServiceProvider.GetRequiredService<BillingRunBatch>()
                .IssueNextAsync(ThisMonth, ThisMonth.EndUtc(Zurich), 0, CancellationToken.None);
            Assert.Equal(5, outcome!.Issued);
        }

        await using var restarted = Instance(batchSize: 5);
        Assert.Equal([ThisMonth], await restarted.Run.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(5, await restarted.Run.RunAsync(ThisMonth, CancellationToken.None));

        Assert.Empty(await restarted.Run.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(10, (await InvoicesAsync(ThisMonth)).Count);
        await AssertEveryLineOnExactlyOneInvoiceAsync(30);
    }

    [Fact]
    public async Task Totals_are_the_lines_plus_vat_to_the_centime_rounded_to_five_rappen()
    {
        // 2 × 12.50 − 1.50 = 23.50; 3 × 0.3333 = 0.9999; 1 × 19.99 = 19.99; at 8.1%: net 44.4899, VAT 3.60, 48.0899 → 48.10.
        await AddLinesAsync((955, 3, 2m, 12.5m, 1.5m), (955, 4, 3m, 0.3333m, 0m), (955, 5, 1m, 19.99m, 0m));
        await using var instance = Instance();

        await instance.Run.RunAsync(ThisMonth, CancellationToken.None);

        var invoice = Assert.Single(await InvoicesAsync(ThisMonth));
        Assert.Equal((44.4899m, 3.60m, 48.10m), (invoice.Net, invoice.Vat, invoice.Amount));
        Assert.Equal($"{ThisMonth.Year:D4}{ThisMonth.Month:D2}-955", invoice.Number);

        // The same through getInvoice: the lines' totals and VAT add up to the amount, to the nearest 0.05.
        var token = await TokenOf("jorge");
        var data = (await ReadJson(await Client.PostAsync("/getInvoice", Form(("access_token", token), ("User_id", "955"), ("Invoice_id", invoice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))))["data"]!;
        var lineTotals = data["lines"]!.AsArray().Sum(l => l!["total"]!.GetValue<decimal>());
        Assert.Equal(48.10m, data["amount"]!.GetValue<decimal>());
        Assert.Equal(Money.RoundToCoin(lineTotals + data["vat"]!.GetValue<decimal>(), "CHF"), data["amount"]!.GetValue<decimal>());
        // 49.90 (docs/demo-data.md) + 48.10, both open.
        Assert.Equal("""{"amount":98,"currency":"CHF"}""", await (await Client.GetAsync($"/invoices/getBillingStatus?access_token={token}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lines_added_after_the_period_wait_for_the_next_one()
    {
        await AddLinesAsync((955, 3, 1m, 10m, 0m));
        var previous = ThisMonth.Previous;
        await using var instance = Instance();

        Assert.Equal(0, await instance.Run.RunAsync(previous, CancellationToken.None));
        Assert.Equal(1, await PendingCountAsync());
        Assert.Equal(1, await instance.Run.RunAsync(ThisMonth, CancellationToken.None));
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task Paid_subscriptions_are_billed_once_a_period_to_users_of_bps_with_paid_services()
    {
        // Services 3 and 5 cost 9.90 a month. 955 (BP 2, paid services) is subscribed to both; 1097 (BP 1, no paid
        // services) to service 3, but its BP does not bill services.
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO service_prices (service_id, monthly_price, currency) VALUES (5, @Price, 'CHF'), (3, @Price, 'CHF')", new { Price = 9.9m });
        }

        await using var instance = Instance();
        Assert.Equal(1, await instance.Run.RunAsync(ThisMonth, CancellationToken.None));
        Assert.Equal(0, await instance.Run.RunAsync(ThisMonth, CancellationToken.None));

        var invoice = Assert.Single(await InvoicesAsync(ThisMonth));
        Assert.Equal((955L, 19.8m, 1.60m, 21.40m), (invoice.AccountId, invoice.Net, invoice.Vat, invoice.Amount));
        await using (var connection = await Api.OpenAsync())
        {
            var lines = (await connection.QueryAsync<string>(
                "SELECT description FROM invoice_lines WHERE subscription_period = @Period ORDER BY id", new { Period = ThisMonth.Key })).ToList();
            Assert.Equal([$"Dokumente, {ThisMonth.Key}", $"My Entertainment, {ThisMonth.Key}"], lines);
        }
    }

    [Fact]
    public async Task The_schedule_bills_the_month_before_its_occurrence()
    {
        await AddLinesAsync((955, 3, 1m, 10m, 0m));
        var period = ThisMonth;
        await using var instance = Instance();
        var service = instance.Services.GetServices<IHostedService>().OfType<MonthlyBillingService>().Single();
        await service.StartAsync(CancellationToken.None);

        // Day by day on the test clock until the schedule (03:00 on the 1st, Zurich) has fired and billed the line.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await PendingCountAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduled run did not bill the pending line.");
            Api.Clock.Advance(TimeSpan.FromDays(1));
            await Task.Delay(20);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal(955, Assert.Single(await InvoicesAsync(period)).AccountId);
    }

    private Harness Instance(int batchSize = 500)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Api.Provider.ToString(),
            ["ConnectionStrings:Msp"] = Api.ConnectionString,
            ["Billing:RunBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Api.Clock)
            .AddInfrastructure(configuration, Path.GetTempPath())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new Harness(services);
    }

    private async Task AddLinesAsync(params (long User, long Service, decimal Quantity, decimal Price, decimal Discount)[] lines)
    {
        await using var connection = await Api.OpenAsync();
        foreach (var line in lines)
        {
            await connection.ExecuteAsync(InsertLineSql, new { line.User, line.Service, line.Quantity, line.Price, line.Discount, Now = Api.Clock.GetUtcNow().UtcDateTime });
        }
    }

    /// <summary>End users 10001… of BP 1, each with lines on service 3.</summary>
    private async Task AddManyUsersWithLinesAsync(int users, int linesEach)
    {
        await using var connection = await Api.OpenAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < users; i++)
        {
            var id = 10_001 + i;
            await connection.ExecuteAsync(
                """
                INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, status, language_id, created_at, updated_at)
                SELECT @Id, role_id, partner_id, @Username, @Email, password_hash, 1, language_id, @Now, @Now FROM accounts WHERE id = 1154
                """,
                new { Id = id, Username = $"bill{id}", Email = $"bill{id}@example.ch", Now = now });
            for (var l = 0; l < linesEach; l++)
            {
                await connection.ExecuteAsync(InsertLineSql, new { User = id, Service = 3, Quantity = 1m, Price = 10m + l, Discount = 0m, Now = now });
            }
        }
    }

    private const string InsertLineSql = """
        INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
        VALUES (@User, @Service, 'Item', @Quantity, @Price, @Discount, 0.081, 'CHF', 1, NULL, @Now)
        """;

    private async Task<IReadOnlyList<InvoiceRow>> InvoicesAsync(BillingPeriod period)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<InvoiceRow>(
            "SELECT id AS Id, account_id AS AccountId, number AS Number, net AS Net, vat AS Vat, amount AS Amount FROM invoices WHERE period = @Period ORDER BY account_id",
            new { Period = period.Key })).ToList();
    }

    private async Task<long> PendingCountAsync()
    {
        await using var connection = await Api.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id IS NULL");
    }

    private async Task<(string Period, int Issued)> RunRecordAsync(BillingPeriod period)
    {
        await using var connection = await Api.OpenAsync();
        var issued = await connection.ExecuteScalarAsync<int>("SELECT invoices_issued FROM billing_runs WHERE period = @Period AND finished_at IS NOT NULL", new { Period = period.Key });
        return (period.Key, issued);
    }

    /// <summary>Every line of the generated users is on an invoice of its own user, and each invoice's lines are its user's.</summary>
    private async Task AssertEveryLineOnExactlyOneInvoiceAsync(int lines)
    {
        await using var connection = await Api.OpenAsync();
        Assert.Equal(lines, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id AND i.account_id = l.account_id WHERE l.account_id > 10000"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id IS NULL"));
    }

    private sealed class InvoiceRow
    {
        public long Id { get; init; }

        public long AccountId { get; init; }

        public string Number { get; init; } = "";

        public decimal Net { get; init; }

        public decimal Vat { get; init; }

        public decimal Amount { get; init; }
    }

    private sealed class Harness(ServiceProvider services) : IAsyncDisposable
    {
        public ServiceProvider Services { get; } = services;

        public MonthlyBillingRun Run { get; } = services.GetRequiredService<MonthlyBillingRun>();

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }
}
