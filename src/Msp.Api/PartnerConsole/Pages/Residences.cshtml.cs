using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;
using Msp.Application.RealEstate;
using Msp.Application.RealEstate.FlatCreate;
using Msp.Application.RealEstate.FlatListAvailable;
using Msp.Application.RealEstate.FlatListOccupied;
using Msp.Application.RealEstate.FlatUpdate;
using Msp.Application.RealEstate.ResidenceListFull;

namespace Msp.Api.PartnerConsole.Pages;

/// <summary>
/// <c>/console/residences</c>: residence/listFull (residences with their buildings), flat/listAvailable and
/// flat/listOccupied for the partner shown (their first pages), and flat/create and flat/update with the API's fields.
/// </summary>
public sealed class ResidencesModel : ConsolePage
{
    internal IReadOnlyList<ResidenceListFullItem> Residences { get; private set; } = [];

    internal IReadOnlyList<Flat> Available { get; private set; } = [];

    internal IReadOnlyList<Flat> Occupied { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync() => ChangeAsync<FlatCreateCommand, FlatCreateResponse>();

    public Task<IActionResult> OnPostUpdateAsync() => ChangeAsync<FlatUpdateCommand, MessageResponse>();

    private async Task<IActionResult> ChangeAsync<TCommand, TResponse>()
        where TCommand : class, MediatR.IRequest<Result<TResponse>>
    {
        var command = await ConsoleOperations.BindAsync<TCommand>(HttpContext);
        var done = command is null ? null : await SendAsync(command);
        if (done is { IsSuccess: true, Error: null } && (done.Value is not MessageResponse || true))
        {
            // flat/create's 200 "Missing parameters" is a failure too (its documented body), and arrives as one.
            return Redirect("/console/residences?done=flat");
        }

        await LoadAsync();
        return Refused(done?.Error ?? ApiError.Error(413, "Request Entity Too Large"));
    }

    private async Task LoadAsync()
    {
        if (PartnerId is not { } partner)
        {
            return;
        }

        var bpid = WireId.FromText(partner.ToString(CultureInfo.InvariantCulture));
        var residences = await SendAsync(new ResidenceListFullQuery(bpid, null, null));
        Residences = residences.IsSuccess ? residences.Value.Rows : [];
        var available = await SendAsync(new FlatListAvailableQuery(bpid, null, null));
        Available = available.IsSuccess ? available.Value.Data : [];
        var occupied = await SendAsync(new FlatListOccupiedQuery(bpid, null, null));
        Occupied = occupied.IsSuccess ? occupied.Value.Data : [];
    }
}
