using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Common.Validation;
using Msp.Application.RealEstate.FlatDelete;

namespace Msp.Api.PartnerConsole.Pages.Flats;

/// <summary>
/// <c>/console/flats/{flatID}/delete</c>: the question, then flat/delete. The question names only the id the reader
/// typed or followed; whether the flat is the reader's is the command's to answer ("No flat found" either way).
/// </summary>
public sealed class FlatDeleteModel : ConsolePage
{
    public long FlatId { get; private set; }

    public IActionResult OnGet(long flatID)
    {
        FlatId = flatID;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long flatID)
    {
        FlatId = flatID;
        var done = await SendAsync(new FlatDeleteCommand(WireId.FromText(flatID.ToString(CultureInfo.InvariantCulture))));
        return done.IsSuccess ? Redirect("/console/residences?done=flatdeleted") : Refused(done.Error!);
    }
}
