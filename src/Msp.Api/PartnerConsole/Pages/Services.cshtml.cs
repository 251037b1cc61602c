using Microsoft.AspNetCore.Mvc;
using Msp.Api.PartnerConsole.Reads;
using Msp.Application.Common.Validation;
using Msp.Application.Services.ServicesDisable;
using Msp.Application.Services.ServicesEnable;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary>
/// <c>/console/services</c>: the services the partner offers and whether each runs. The msp admin switches one for the
/// whole platform (services/enable, services/disable, which admit only it and the service's owner); a partner admin
/// switches services per user, on the user's page.
/// </summary>
public sealed class ServicesModel : ConsolePage
{
    internal IReadOnlyList<ConsoleService> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSwitchAsync(string? service, string? switchTo)
    {
        var id = service is { Length: > 0 } ? WireId.FromText(service) : null;
        var done = switchTo == "on" ? await SendAsync(new ServicesEnableCommand(id)) : await SendAsync(new ServicesDisableCommand(id));
        if (done.IsSuccess)
        {
            return Redirect("/console/services?done=service");
        }

        await LoadAsync();
        return Refused(done.Error!);
    }

    private async Task LoadAsync()
    {
        if (PartnerId is { } partner)
        {
            var services = await SendAsync(new ConsolePartnerServicesQuery(partner));
            Services = services.IsSuccess ? services.Value : [];
        }
    }
}
