using Msp.Application.Billing;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Billing;

public sealed class InvoiceLineRepository(DbSession db) : IInvoiceLineRepository
{
    private const string ServiceExistsSql = "SELECT COUNT(*) FROM services WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
        VALUES (@UserId, @ServiceId, @Description, @Quantity, @Price, @Discount, @VatRate, @Currency, @AddedBy, NULL, @Now)
        """;

    public async Task<bool> ServiceExistsAsync(long serviceId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(ServiceExistsSql, new { Id = serviceId }, cancellationToken) > 0;

    public Task AddAsync(PendingLine line, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            InsertSql,
            new { line.UserId, line.ServiceId, line.Description, line.Quantity, line.Price, line.Discount, line.VatRate, line.Currency, line.AddedBy, Now = nowUtc },
            cancellationToken);
}
