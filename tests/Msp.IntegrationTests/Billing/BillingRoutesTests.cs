using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Billing;

/// <summary>
/// Spec 6.24–6.27: add-product, getBillingStatus, getInvoice and getInvoices through HTTP, every documented body and
/// every role, on docs/demo-data.md's invoice of 955 (CHF 49.90, the month before the data was loaded).
/// </summary>
public sealed class BillingRoutesTests(MspApiFactory api) : ApiTest(api)
{
    private const string Ok = """{"msg":"ok"}""";
    private const string SiteAccessDeniedLower = """{"msg":"site access denied"}""";
    private const string SiteAccessDenied = """{"msg":"Site access denied"}""";
    private const string UserIdFieldNotFound = """{"msg":"User_id field not found"}""";
    private const string Unauthorized = """{"error":"unauthorized_client"}""";
    private const string Missing = """{"msg":"Missing parameters"}""";
    private const string Bad = """{"msg":"Bad parameters"}""";

    [Fact]
    public async Task A_service_adds_a_pending_line_for_a_subscribed_user()
    {
        var token = await TokenOf("docman");

        using var response = await Client.PutAsync(
            "/invoices/add-product",
            Form(("access_token", token), ("User_id", "955"), ("Service_id", "3"), ("Description", "Scan service"), ("Quantity", "2"), ("Price", "12.50"), ("Discount", "1.5")));

        await AssertBody(response, HttpStatusCode.OK, Ok);
        var line = Assert.Single(await PendingLinesAsync());
        Assert.Equal((955L, 3L, "Scan service", 2m, 12.5m, 1.5m, 0.081m, "CHF", 910L), (line.AccountId, line.ServiceId, line.Description, line.Quantity, line.Price, line.Discount, line.VatRate, line.Currency, line.AddedBy));
    }

    [Theory]
    [InlineData("docman", "955", "3", Ok)] // S: its service, a subscribed user
    [InlineData("docman", "955", "4", SiteAccessDeniedLower)] // S: another service's line
    [InlineData("docman", "1154", "3", SiteAccessDeniedLower)] // S: a user not subscribed to it
    [InlineData("comlite", "955", "4", Ok)]
    [InlineData("admin", "1154", "5", Ok)] // A: anyone, any service
    [InlineData("admin", "999999", "3", SiteAccessDeniedLower)] // unknown user: as out of reach
    [InlineData("admin", "955", "999", SiteAccessDeniedLower)] // unknown service
    [InlineData("admin", "920", "3", SiteAccessDeniedLower)] // not an end user
    [InlineData("lindau.admin", "955", "3", SiteAccessDeniedLower)] // P and E may not add lines
    [InlineData("jorge", "955", "3", SiteAccessDeniedLower)]
    public async Task Only_services_and_the_admin_add_lines_and_only_where_they_reach(string login, string userId, string serviceId, string expected)
    {
        var token = await TokenOf(login);

        using var response = await Client.PutAsync(
            "/invoices/add-product",
            Form(("access_token", token), ("User_id", userId), ("Service_id", serviceId), ("Description", "Item"), ("Quantity", "1"), ("Price", "10")));

        await AssertBody(response, expected == Ok ? HttpStatusCode.OK : HttpStatusCode.Forbidden, expected);
        Assert.Equal(expected == Ok ? 1 : 0, (await PendingLinesAsync()).Count);
    }

    [Theory]
    [InlineData("", "3", "Item", "1", "10", "", Missing)]
    [InlineData("955", "3", "", "1", "10", "", Missing)]
    [InlineData("955", "3", "Item", "", "10", "", Missing)]
    [InlineData("955", "3", "Item", "1", "", "", Missing)]
    [InlineData("abc", "3", "Item", "1", "10", "", Bad)]
    [InlineData("955", "3", "Item", "0", "10", "", Bad)]
    [InlineData("955", "3", "Item", "-1", "10", "", Bad)]
    [InlineData("955", "3", "Item", "1", "10.12345", "", Bad)]
    [InlineData("955", "3", "Item", "1", "1e3", "", Bad)]
    [InlineData("955", "3", "Item", "1", "10", "10.01", Bad)]
    [InlineData("955", "3", "Item\nPlease pay to CH00 0000", "1", "10", "", Bad)] // a forged line on the invoice PDF
    [InlineData("955", "3", "Item \u202Efdp.exe", "1", "10", "", Bad)]
    [InlineData("955", "3", "Item", "1.5", "10", "15", Ok)]
    public async Task Missing_and_malformed_parameters_get_the_platforms_usual_bodies(
        string userId, string serviceId, string description, string quantity, string price, string discount, string expected)
    {
        var token = await TokenOf("admin");

        using var response = await Client.PutAsync(
            "/invoices/add-product",
            Form(("access_token", token), ("User_id", userId), ("Service_id", serviceId), ("Description", description), ("Quantity", quantity), ("Price", price), ("Discount", discount)));

        await AssertBody(response, expected == Ok ? HttpStatusCode.OK : HttpStatusCode.BadRequest, expected);
    }

    /// <summary>Issue 23 §6: a row per call is bounded per target (Billing:MaxPendingLinesPerUser, 500).</summary>
    [Fact]
    public async Task A_user_holds_at_most_500_lines_waiting_for_the_next_invoice()
    {
        await using (var connection = await Api.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(
                """
                INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
                VALUES (955, 3, 'Earlier', 1, 1, 0, 0.081, 'CHF', 910, NULL, @Now)
                """,
                Enumerable.Range(0, 499).Select(_ => new { Now = Api.Clock.GetUtcNow().UtcDateTime }),
                transaction);
            await transaction.CommitAsync();
        }

        var token = await TokenOf("docman");
        var line = Form(("access_token", token), ("User_id", "955"), ("Service_id", "3"), ("Description", "Scan"), ("Quantity", "1"), ("Price", "10"));
        await AssertBody(await Client.PutAsync("/invoices/add-product", line), HttpStatusCode.OK, Ok);

        await AssertBody(await Client.PutAsync("/invoices/add-product", line), HttpStatusCode.BadRequest, Bad);
        Assert.Equal(500, (await PendingLinesAsync()).Count);
    }

    [Fact]
    public async Task No_token_gets_the_unauthorized_body_everywhere()
    {
        await AssertBody(await Client.PutAsync("/invoices/add-product", Form(("User_id", "955"))), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await Client.GetAsync("/invoices/getBillingStatus"), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await Client.PostAsync("/getInvoice", Form(("User_id", "955"), ("Invoice_id", "1"))), HttpStatusCode.BadRequest, Unauthorized);
        await AssertBody(await Client.PostAsync("/getInvoices", Form(("User_id", "955"))), HttpStatusCode.BadRequest, Unauthorized);
    }

    [Theory]
    [InlineData("jorge", """{"amount":49.9,"currency":"CHF"}""")]
    [InlineData("demo.vzug", """{"amount":0,"currency":"CHF"}""")]
    [InlineData("admin", Unauthorized)] // the end user in session only
    [InlineData("lindau.admin", Unauthorized)]
    [InlineData("docman", Unauthorized)]
    public async Task The_billing_status_sums_the_callers_open_invoices(string login, string expected)
    {
        var token = await TokenOf(login);

        using var response = await Client.GetAsync($"/invoices/getBillingStatus?access_token={token}");

        await AssertBody(response, expected == Unauthorized ? HttpStatusCode.BadRequest : HttpStatusCode.OK, expected);
        if (login == "demo.vzug")
        {
            Assert.Equal("""{"amount":0,"currency":"CHF"}""", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Paid_invoices_are_not_owed()
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE invoices SET status = 'paid' WHERE account_id = 955");
        }

        using var response = await Client.GetAsync($"/invoices/getBillingStatus?access_token={await TokenOf("jorge")}");

        await AssertBody(response, HttpStatusCode.OK, """{"amount":0,"currency":"CHF"}""");
    }

    [Fact]
    public async Task GetInvoice_answers_the_invoice_with_its_lines()
    {
        var token = await TokenOf("jorge");

        using var response = await Client.PostAsync("/getInvoice", Form(("access_token", token), ("User_id", "955"), ("Invoice_id", "1")));

        var data = (await ReadJson(response))["data"]!.AsObject();
        var period = PreviousPeriod();
        Assert.Equal(
            ["id", "number", "period_from", "period_to", "amount", "vat", "currency", "status", "created_at", "lines"],
            data.Select(p => p.Key));
        Assert.Equal(1, data["id"]!.GetValue<long>());
        Assert.Equal($"{period:yyyyMM}-955", data["number"]!.GetValue<string>());
        Assert.Equal($"{period:yyyy-MM}-01", data["period_from"]!.GetValue<string>());
        Assert.Equal(49.9m, data["amount"]!.GetValue<decimal>());
        Assert.Equal(3.74m, data["vat"]!.GetValue<decimal>());
        Assert.Equal(("CHF", "open"), (data["currency"]!.GetValue<string>(), data["status"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""[{"service":"My Entertainment","description":"My Entertainment, {{period:yyyy-MM}}","quantity":1,"price":46.16,"discount":0,"total":46.16}]"""),
            data["lines"]));
    }

    [Theory]
    [InlineData("jorge", "955", "1", "data")] // E: itself
    [InlineData("lindau.admin", "955", "1", "data")] // P: its BP's user
    [InlineData("admin", "955", "1", "data")]
    [InlineData("vzug.admin", "955", "1", SiteAccessDenied)] // P: another BP's user
    [InlineData("demo.vzug", "955", "1", SiteAccessDenied)] // E: someone else
    [InlineData("demo.vzug", "1097", "1", SiteAccessDenied)] // E: itself, another user's invoice
    [InlineData("admin", "955", "999", SiteAccessDenied)] // unknown invoice
    [InlineData("admin", "999999", "1", SiteAccessDenied)] // unknown user
    [InlineData("docman", "955", "1", SiteAccessDenied)] // S may not read invoices
    [InlineData("admin", "", "1", UserIdFieldNotFound)]
    [InlineData("admin", "abc", "1", SiteAccessDenied)]
    [InlineData("admin", "955", "", Missing)]
    [InlineData("admin", "955", "x", Bad)]
    public async Task GetInvoice_answers_each_caller_as_documented(string login, string userId, string invoiceId, string expected)
    {
        var token = await TokenOf(login);

        using var response = await Client.PostAsync("/getInvoice", Form(("access_token", token), ("User_id", userId), ("Invoice_id", invoiceId)));

        if (expected == "data")
        {
            await AssertBody(response, HttpStatusCode.OK, JorgesInvoice());
            return;
        }

        var status = expected switch
        {
            SiteAccessDenied => HttpStatusCode.Forbidden,
            UserIdFieldNotFound => HttpStatusCode.Unauthorized,
            _ => HttpStatusCode.BadRequest,
        };
        await AssertBody(response, status, expected);
    }

    [Theory]
    [InlineData("jorge", "955", null, 1)]
    [InlineData("jorge", "955", "1", 1)] // last month's invoice is in the last 1 month
    [InlineData("lindau.admin", "955", "12", 1)]
    [InlineData("admin", "955", null, 1)]
    [InlineData("demo.vzug", "1097", null, 0)]
    public async Task GetInvoices_lists_the_users_invoices_of_the_last_months(string login, string userId, string? months, int count)
    {
        var token = await TokenOf(login);
        var fields = new List<(string, string)> { ("access_token", token), ("User_id", userId) };
        if (months is not null)
        {
            fields.Add(("Months", months));
        }

        using var response = await Client.PostAsync("/getInvoices", Form([.. fields]));

        var list = (await ReadJson(response)).AsArray();
        Assert.Equal(count, list.Count);
        if (count > 0)
        {
            Assert.Equal(
                ["id", "number", "period_from", "period_to", "amount", "vat", "currency", "status", "created_at"],
                list[0]!.AsObject().Select(p => p.Key));
            Assert.Equal(49.9m, list[0]!["amount"]!.GetValue<decimal>());
        }
    }

    [Fact]
    public async Task GetInvoices_pages_with_the_total_in_a_header_and_refuses_others_data()
    {
        var token = await TokenOf("jorge");

        using var page = await Client.PostAsync("/getInvoices", Form(("access_token", token), ("User_id", "955"), ("offset", "0"), ("limit", "10")));
        Assert.Single((await ReadJson(page)).AsArray());
        Assert.Equal("1", Assert.Single(page.Headers.GetValues("X-Total-Count")));

        await AssertBody(await Client.PostAsync("/getInvoices", Form(("access_token", token), ("User_id", "1097"))), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(await Client.PostAsync("/getInvoices", Form(("access_token", await TokenOf("vzug.admin")), ("User_id", "955"))), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(await Client.PostAsync("/getInvoices", Form(("access_token", await TokenOf("docman")), ("User_id", "955"))), HttpStatusCode.Forbidden, SiteAccessDenied);
        await AssertBody(await Client.PostAsync("/getInvoices", Form(("access_token", token))), HttpStatusCode.Unauthorized, UserIdFieldNotFound);
        await AssertBody(await Client.PostAsync("/getInvoices", Form(("access_token", token), ("User_id", "955"), ("Months", "0"))), HttpStatusCode.BadRequest, Bad);
    }

    /// <summary>docs/demo-data.md's one invoice, jorge's of last month, as getInvoice answers it.</summary>
    private string JorgesInvoice()
    {
        var period = PreviousPeriod();
        var end = period.AddMonths(1).AddDays(-1);

        // Issued as the period ended in Zurich, written in UTC.
        var issued = TimeZoneInfo.ConvertTimeToUtc(period.AddMonths(1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich"));
        return $$$"""
            {"data":{"id":1,"number":"{{{period:yyyyMM}}}-955","period_from":"{{{period:yyyy-MM-dd}}}","period_to":"{{{end:yyyy-MM-dd}}}",
            "amount":49.9,"vat":3.74,"currency":"CHF","status":"open","created_at":"{{{issued:yyyy-MM-dd HH:mm:ss}}}",
            "lines":[{"service":"My Entertainment","description":"My Entertainment, {{{period:yyyy-MM}}}","quantity":1,"price":46.16,"discount":0,"total":46.16}]}}
            """;
    }

    private DateTime PreviousPeriod()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var local = TimeZoneInfo.ConvertTimeFromUtc(Api.SeededAt.UtcDateTime, zone);
        return new DateTime(local.Year, local.Month, 1).AddMonths(-1);
    }

    private async Task<IReadOnlyList<LineRow>> PendingLinesAsync()
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QueryAsync<LineRow>("""
            SELECT account_id AS AccountId, service_id AS ServiceId, description AS Description, quantity AS Quantity, price AS Price,
                   discount AS Discount, vat_rate AS VatRate, currency AS Currency, added_by AS AddedBy
            FROM invoice_lines WHERE invoice_id IS NULL ORDER BY id
            """)).ToList();
    }

    private sealed class LineRow
    {
        public long AccountId { get; init; }

        public long ServiceId { get; init; }

        public string Description { get; init; } = "";

        public decimal Quantity { get; init; }

        public decimal Price { get; init; }

        public decimal Discount { get; init; }

        public decimal VatRate { get; init; }

        public string Currency { get; init; } = "";

        public long AddedBy { get; init; }
    }
}
