using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Msp.Api.PartnerConsole.Reads;
using Msp.Domain.Accounts;

namespace Msp.Api.PartnerConsole.Pages.Users;

/// <summary>
/// <c>/console/users</c>: the partner's end users, active or disabled, a page at a time in id order (keyset paging:
/// after or before an id), searched by name, username or email; the total of an unfiltered list comes from the counted
/// blocks, so the first page and a deep one cost the same at 100,000 users.
/// </summary>
public sealed class UsersModel : ConsolePage
{
    public string? Search { get; private set; }

    public int Status { get; private set; } = 1;

    internal ConsoleUsersPage? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, int? status, long? after, long? before)
    {
        Search = q is { Length: > ConsoleUsersQueryHandler.MaxSearchLength } ? q[..ConsoleUsersQueryHandler.MaxSearchLength] : q;
        Status = status == 0 ? 0 : 1;
        if (PartnerId is not { } partner)
        {
            return Page();
        }

        var limit = HttpContext.RequestServices.GetRequiredService<IOptions<ConsoleOptions>>().Value.UsersPerPage;
        var page = await SendAsync(new ConsoleUsersQuery(partner, Search, (AccountStatus)Status, after, before is > 0 ? before : null, limit));
        if (!page.IsSuccess)
        {
            return Refused(page.Error!);
        }

        Result = page.Value;
        return Page();
    }

    public string PageLink(string direction, long id) =>
        QueryHelpers(new Dictionary<string, string?> { ["q"] = Search, ["status"] = Status.ToString(System.Globalization.CultureInfo.InvariantCulture), [direction] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static string QueryHelpers(Dictionary<string, string?> query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/console/users", query.Where(p => !string.IsNullOrEmpty(p.Value)));
}
