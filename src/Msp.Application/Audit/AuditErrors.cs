namespace Msp.Application.Audit;

/// <summary>The failures of the audit list, a route beyond the vendor's spec (docs/contract.md §5): the platform's usual bodies.</summary>
public static class AuditErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;
}
