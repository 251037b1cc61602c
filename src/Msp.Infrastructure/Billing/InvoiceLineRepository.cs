using Msp.Application.Billing;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Billing;

public sealed class InvoiceLineRepository(DbSession db) : IInvoiceLineRepository
{
    private const string ServiceExistsSql = "SELECT COUNT(*) FROM services WHERE id = @Id";

    /// <summary>An index range on (account_id, invoice_id).</summary>
    private const string CountPendingSql = "SELECT COUNT(*) FROM invoice_lines WHERE account_id = @UserId AND invoice_id IS NULL";

    private const string InsertSql = """
        INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
        VALUES (@UserId, @ServiceId, @Description, @Quantity, @Price, @Discount, @VatRate, @Currency, @AddedBy, NULL, @Now)
        """;

    public async Task<bool> ServiceExistsAsync(long serviceId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(ServiceExistsSql, new { Id = serviceId }, cancellationToken) > 0;

    public async Task<int> CountPendingAsync(long userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(CountPendingSql, new { UserId = userId }, cancellationToken);

    public Task AddAsync(PendingLine line, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            InsertSql,
            new { line.UserId, line.ServiceId, line.Description, line.Quantity, line.Price, line.Discount, line.VatRate, line.Currency, line.AddedBy, Now = nowUtc },
            cancellationToken);
}
