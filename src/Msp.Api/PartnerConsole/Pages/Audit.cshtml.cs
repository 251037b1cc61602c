using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Audit.AuditList;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary>
/// <c>/console/audit</c>: the audit list (GET /audit/list) with its own query parameters as the filter form's fields, so
/// the page admits exactly what the API admits and sees exactly what the reader may see (ADR 33): a partner admin the
/// events of its partner's accounts and users, the msp admin every event.
/// </summary>
public sealed class AuditModel : ConsolePage
{
    /// <summary>Events on a page, unless the address asks for another <c>limit</c>.</summary>
    private const int PageSize = 50;

    internal IReadOnlyList<AuditRecord> Events { get; private set; } = [];

    public string? UserFilter => Request.Query["userId"];

    public string? OperationFilter => Request.Query["operation"];

    public int Offset { get; private set; }

    public int Limit { get; private set; } = PageSize;

    public async Task<IActionResult> OnGetAsync()
    {
        var query = await ConsoleOperations.BindAsync<AuditListQuery>(HttpContext);
        if (query is null)
        {
            return Refused(ApiError.BadParameters);
        }

        query = query with { Limit = query.Limit ?? WireCount.FromText(PageSize.ToString(CultureInfo.InvariantCulture)) };
        var events = await SendAsync(query);
        if (events.Error is { } refusal)
        {
            return Refused(refusal);
        }

        Events = events.Value.Data;
        Offset = query.Offset is { IsValid: true } offset ? offset.Value : 0;
        Limit = query.Limit is { IsValid: true } limit ? limit.Value : PageSize;
        return Page();
    }

    /// <summary>The same filters, <paramref name="offset"/> events further.</summary>
    public string PageLink(int offset)
    {
        var parameters = Request.Query
            .Where(p => p.Key is not ("offset" or "done"))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append($"offset={Math.Max(0, offset).ToString(CultureInfo.InvariantCulture)}");
        return "/console/audit?" + string.Join('&', parameters);
    }
}
