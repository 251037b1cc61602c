using System.Globalization;
using System.Text.Json.Serialization;
using Msp.Application.Common.Time;
using Msp.Domain.Billing;

namespace Msp.Application.Billing.Invoices;

/// <summary>
/// An invoice on the wire (docs/contract.md §3): amounts as JSON numbers (gross <c>amount</c>, VAT included, and its
/// <c>vat</c>), the period as dates, <c>status</c> <c>open</c> or <c>paid</c>. getInvoice adds its <c>lines</c>.
/// </summary>
public sealed record Invoice(
    long Id,
    string Number,
    string PeriodFrom,
    string PeriodTo,
    decimal Amount,
    decimal Vat,
    string Currency,
    string Status,
    [property: JsonConverter(typeof(WireDateTimeConverter))] DateTime CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InvoiceLine>? Lines = null)
{
    public static Invoice From(InvoiceRow row) => new(
        row.Id,
        row.Number,
        WireDate(row.PeriodFrom),
        WireDate(row.PeriodTo),
        Money.Normalized(row.Amount),
        Money.Normalized(row.Vat),
        row.Currency,
        row.Status,
        row.CreatedAt);

    private static string WireDate(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A line of an invoice: <c>total</c> is <c>quantity × price − discount</c>, before VAT, to the cent.</summary>
public sealed record InvoiceLine(string Service, string Description, decimal Quantity, decimal Price, decimal Discount, decimal Total)
{
    public static InvoiceLine From(InvoiceLineRow row) => new(
        row.Service,
        row.Description,
        Money.Normalized(row.Quantity),
        Money.Normalized(row.Price),
        Money.Normalized(row.Discount),
        Money.Normalized(Money.RoundToCent(new BillableLine(row.Quantity, row.Price, row.Discount, 0m).Net)));
}

/// <summary>An <c>invoices</c> row as Dapper reads it (money as decimal from DECIMAL(19,4) or SQLite's decimal text).</summary>
public sealed class InvoiceRow
{
    public long Id { get; init; }

    public long AccountId { get; init; }

    public string Number { get; init; } = "";

    public DateTime PeriodFrom { get; init; }

    public DateTime PeriodTo { get; init; }

    public decimal Net { get; init; }

    public decimal Vat { get; init; }

    public decimal Amount { get; init; }

    public string Currency { get; init; } = "";

    public string Status { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}

public sealed class InvoiceLineRow
{
    public string Service { get; init; } = "";

    public string Description { get; init; } = "";

    public decimal Quantity { get; init; }

    public decimal Price { get; init; }

    public decimal Discount { get; init; }
}

/// <summary>The invoice columns both invoice queries read, in <see cref="InvoiceRow"/>'s names.</summary>
public static class InvoiceColumns
{
    public const string Select = """
        SELECT id AS Id, account_id AS AccountId, number AS Number, period_from AS PeriodFrom, period_to AS PeriodTo,
               net AS Net, vat AS Vat, amount AS Amount, currency AS Currency, status AS Status, created_at AS CreatedAt
        FROM invoices
        """;
}
