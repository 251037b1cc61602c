using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Console;

/// <summary>
/// <c>/console/audit</c> (issues 27 and 28): the audit list on a console page, scoped as GET /audit/list is: a partner
/// admin sees its BP's events and the msp admin every one; a filter the API refuses is refused on the page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleAuditTests(MspApiFactory api) : IAsyncLifetime
{
    private ConsoleClient _lindau = null!;

    private ConsoleClient _vzug = null!;

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        _lindau = ConsoleClient.For(api);
        _vzug = ConsoleClient.For(api);
        (await _vzug.SignInAsync("vzug.admin", "Vzug#Admin1")).Dispose();
        (await _lindau.SignInAsync("lindau.admin", "Lindau#Admin1")).Dispose();
        (await _lindau.GetAsync("/console/users/955/disable")).Dispose();
        (await _lindau.PostAsync("/console/users/955/disable")).Dispose();
    }

    public Task DisposeAsync()
    {
        _lindau.Dispose();
        _vzug.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_partner_admin_sees_its_partner_s_events_and_the_user_they_touched_but_not_another_partner_s()
    {
        using var page = await _lindau.GetAsync("/console/audit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<td data-label=\"Vorgang\">usersDisable</td>", _lindau.LastPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/users/955\"", _lindau.LastPage, StringComparison.Ordinal);
        Assert.Contains("921 (partner_admin)", _lindau.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("920 (partner_admin)", _lindau.LastPage, StringComparison.Ordinal);

        using var other = await _vzug.GetAsync("/console/audit");
        Assert.Contains("920 (partner_admin)", _vzug.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("921 (partner_admin)", _vzug.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("usersDisable", _vzug.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_msp_admin_sees_every_partner_s_events_and_filters_by_user_and_operation_with_the_API_s_parameters()
    {
        using var admin = ConsoleClient.For(api);
        (await admin.SignInAsync("admin", "Admin#2016")).Dispose();

        using var all = await admin.GetAsync("/console/audit");
        Assert.Contains("920 (partner_admin)", admin.LastPage, StringComparison.Ordinal);
        Assert.Contains("921 (partner_admin)", admin.LastPage, StringComparison.Ordinal);

        using var filtered = await admin.GetAsync("/console/audit?userId=955&operation=usersDisable");
        Assert.Contains("usersDisable", admin.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("920 (partner_admin)", admin.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_the_API_refuses_is_refused_on_the_page_with_the_API_s_status()
    {
        using var page = await _lindau.GetAsync("/console/audit?userId=not-a-number");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("role=\"alert\"", _lindau.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", _lindau.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_of_events_link_to_the_next_with_the_same_filters()
    {
        using var first = await _lindau.GetAsync("/console/audit?operation=login&limit=1");
        Assert.Contains("rel=\"next\" href=\"/console/audit?operation=login&amp;limit=1&amp;offset=1\"", _lindau.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", _lindau.LastPage, StringComparison.Ordinal);
    }
}
