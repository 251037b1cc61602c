using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Msp.Application.Common.Results;
using Msp.Application.Users.UsersRegister;

namespace Msp.Api.PartnerConsole.Pages.Users;

/// <summary>
/// <c>/console/users/new</c>: users/register with the form's fields, named as the API's parameters, for the partner
/// shown (its <c>Partner_id</c> is a field like any other: the command refuses a partner that is not the caller's).
/// No welcome email is asked for; the registration counts toward the caller's quotas as the API's does.
/// </summary>
public sealed class UserNewModel : ConsolePage
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var register = await ConsoleOperations.BindAsync<UsersRegisterCommand>(HttpContext);
        if (register is null)
        {
            return Refused(ApiError.Error(413, "Request Entity Too Large"));
        }

        var done = await SendAsync(register);
        return done.IsSuccess
            ? Redirect(QueryHelpers.AddQueryString("/console/users", new Dictionary<string, string?> { ["q"] = register.Account.Username, ["done"] = "registered" }))
            : Refused(done.Error!);
    }
}
