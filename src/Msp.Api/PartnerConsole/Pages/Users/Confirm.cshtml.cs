using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;
using Msp.Application.Users.GetBasicUserInfo;
using Msp.Application.Users.UsersActive;
using Msp.Application.Users.UsersDelete;
using Msp.Application.Users.UsersDisable;

namespace Msp.Api.PartnerConsole.Pages.Users;

/// <summary>
/// <c>/console/users/{userID}/activate|disable|delete</c>: the question, then the change (users/active, users/disable,
/// users/delete) once the reader confirms it. A user outside the reader's reach is "not found" here too.
/// </summary>
public sealed class UserConfirmModel : ConsolePage
{
    public long UserId { get; private set; }

    public string Change { get; private set; } = "";

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long userID, string change)
    {
        (UserId, Change) = (userID, change);
        var user = await SendAsync(new GetBasicUserInfoQuery(Id(userID)));
        if (!user.IsSuccess)
        {
            return NotFoundPage();
        }

        Name = $"{user.Value.Data.Name} {user.Value.Data.Lastname}".Trim() is { Length: > 0 } name ? name : user.Value.Data.Username;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long userID, string change)
    {
        (UserId, Change) = (userID, change);
        var id = Id(userID);
        var done = change switch
        {
            "activate" => await SendAsync(new UsersActiveCommand(id)),
            "disable" => await SendAsync(new UsersDisableCommand(id)),
            _ => await SendAsync(new UsersDeleteCommand(id)),
        };
        if (done.IsSuccess)
        {
            return Redirect(change == "delete" ? "/console/users?done=delete" : $"/console/users/{userID.ToString(CultureInfo.InvariantCulture)}?done={change}");
        }

        // "Not found" and "not yours" are one answer of the operation, and one page here.
        return done.Error!.Status == StatusCodes.Status404NotFound ? NotFoundPage() : Refused(done.Error!);
    }

    private static WireId Id(long id) => WireId.FromText(id.ToString(CultureInfo.InvariantCulture));
}
