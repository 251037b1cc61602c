using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Api.Http;
using Msp.Application.Billing.GetInvoice;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;

namespace Msp.Api.PartnerConsole.Pages.Users;

/// <summary>
/// <c>/console/users/{userID}/invoices/{invoiceID}</c>: the invoice's PDF as getInvoice answers it with
/// <c>format=pdf</c>, written by the API's own result writer; an invoice outside the reader's reach is "not found".
/// </summary>
public sealed class UserInvoiceModel : ConsolePage
{
    public async Task<IActionResult> OnGetAsync(long userID, long invoiceID)
    {
        var invoice = await SendAsync(new GetInvoiceQuery(Id(userID), Id(invoiceID), "pdf"));
        if (!invoice.IsSuccess || invoice.Value is not BinaryContent pdf)
        {
            return NotFoundPage();
        }

        Response.Headers.ContentDisposition = $"attachment; filename=\"invoice-{invoiceID.ToString(CultureInfo.InvariantCulture)}.pdf\"";
        await ResultWriter.WriteAsync(HttpContext, Result<object>.Success(pdf));
        return new EmptyResult();
    }

    private static WireId Id(long id) => WireId.FromText(id.ToString(CultureInfo.InvariantCulture));
}
