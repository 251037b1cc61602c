using Msp.Domain.Billing;

namespace Msp.Application.Billing;

/// <summary>A line a service adds to a user's next invoice (spec 6.24), amounts exact.</summary>
public sealed record PendingLine(
    long UserId, long ServiceId, string Description, decimal Quantity, decimal Price, decimal Discount, decimal VatRate, string Currency, long AddedBy);

public interface IInvoiceLineRepository
{
    Task<bool> ServiceExistsAsync(long serviceId, CancellationToken cancellationToken);

    /// <summary>The user's lines that wait for the next monthly run.</summary>
    Task<int> CountPendingAsync(long userId, CancellationToken cancellationToken);

    Task AddAsync(PendingLine line, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>The monthly billing run's reads and writes (ADR 19). Each issuing call runs in the caller's unit of work.</summary>
public interface IBillingRunRepository
{
    /// <summary>Records that a run of the period started, unless one did before.</summary>
    Task StartAsync(BillingPeriod period, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the period's line for every active paid subscription not billed for it yet: a service with a monthly
    /// price, subscribed before <paramref name="cutUtc"/> by an active end user of a BP with paid services. The line is
    /// dated just before the cut, so the period's invoice takes it; answers how many lines were added.
    /// </summary>
    Task<int> AddSubscriptionLinesAsync(BillingPeriod period, DateTime cutUtc, Func<long, decimal> vatRateOf, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> users after <paramref name="afterUserId"/>, in id order, that have lines added
    /// before <paramref name="cutUtc"/> still pending and no invoice of the period yet.
    /// </summary>
    Task<IReadOnlyList<long>> UsersToBillAsync(BillingPeriod period, DateTime cutUtc, long afterUserId, int limit, CancellationToken cancellationToken);

    /// <summary>The pending lines of those users added before the cut.</summary>
    Task<IReadOnlyList<PendingLineRow>> PendingLinesAsync(IReadOnlyList<long> userIds, DateTime cutUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Issues the invoice and moves the user's lines added before <paramref name="cutUtc"/> onto it; false when those
    /// were no longer exactly <paramref name="lineIds"/>.
    /// </summary>
    Task<bool> IssueAsync(Invoice invoice, DateTime cutUtc, DateTime nowUtc, IReadOnlyList<long> lineIds, CancellationToken cancellationToken);

    /// <summary>Marks the run finished with the number of invoices the period has.</summary>
    Task FinishAsync(BillingPeriod period, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Periods whose run started and never finished (a process stopped halfway), oldest first.</summary>
    Task<IReadOnlyList<string>> UnfinishedPeriodsAsync(CancellationToken cancellationToken);
}

public sealed class PendingLineRow
{
    public long Id { get; init; }

    public long AccountId { get; init; }

    public decimal Quantity { get; init; }

    public decimal Price { get; init; }

    public decimal Discount { get; init; }

    public decimal VatRate { get; init; }

    public string Currency { get; init; } = "";
}

/// <summary>An invoice as a PDF document (spec 6.26 with <c>format=pdf</c> or <c>Accept: application/pdf</c>).</summary>
public interface IInvoicePdfRenderer
{
    byte[] Render(InvoiceDocument invoice);
}

/// <summary>What the PDF shows: the partner's name and logo text, the invoice, its lines, VAT and total.</summary>
public sealed record InvoiceDocument(
    string PartnerName,
    string PartnerLogo,
    string CustomerName,
    string Number,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateTime CreatedAtUtc,
    string Currency,
    IReadOnlyList<InvoiceDocumentLine> Lines,
    decimal Net,
    decimal Vat,
    decimal Amount,
    string Status);

public sealed record InvoiceDocumentLine(string Service, string Description, decimal Quantity, decimal Price, decimal Discount, decimal Total);
