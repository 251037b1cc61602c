using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;
using Msp.Application.Messaging.SendPushGroup;
using Msp.Application.Users.GetGroupsBP;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary><c>/console/groups</c>: getGroupsBP for the partner shown, and sendPushGroup to one of them (its quota counts).</summary>
public sealed class GroupsModel : ConsolePage
{
    internal IReadOnlyList<BpGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPushAsync()
    {
        var push = await ConsoleOperations.BindAsync<SendPushGroupCommand>(HttpContext);
        var sent = push is null ? null : await SendAsync(push);
        await LoadAsync();
        return sent is { IsSuccess: true } ? Redirect("/console/groups?done=sent") : Refused(sent?.Error ?? ApiError.Error(413, "Request Entity Too Large"));
    }

    private async Task LoadAsync()
    {
        if (PartnerId is { } partner)
        {
            var groups = await SendAsync(new GetGroupsBPQuery(WireId.FromText(partner.ToString(CultureInfo.InvariantCulture)), null, null));
            Groups = groups.IsSuccess ? groups.Value.Data : [];
        }
    }
}
