using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Msp.Api.PartnerConsole.Reads;
using Msp.Application.Addresses.AddressList;
using Msp.Application.Auth.Profile;
using Msp.Application.Billing.InvoicesAddProduct;
using Msp.Application.Billing.GetInvoices;
using Msp.Application.Billing.Invoices;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;
using Msp.Application.Messaging.EmailSend;
using Msp.Application.Services.ServicesDisableForUser;
using Msp.Application.Services.ServicesEnableForUser;
using Msp.Application.Users.GetBasicUserInfo;
using Msp.Application.Users.GetGroupsUser;
using Msp.Application.Users.UsersUpdate;

namespace Msp.Api.PartnerConsole.Pages.Users;

/// <summary>
/// <c>/console/users/{userID}</c>: one user as getBasicUserInfo, address/list, getGroupsUser and getInvoices answer the
/// signed-in caller, with its services; the forms send users/update, services/enableforUser and disableforUser,
/// invoices/add-product and email/send. A user outside the caller's reach, and one that does not exist, show the same
/// "not found" and nothing else: getBasicUserInfo answers both alike, and nothing more is asked.
/// </summary>
public sealed class UserDetailModel : ConsolePage
{
    internal UserInfo? Shown { get; private set; }

    internal IReadOnlyList<AddressRecord> Addresses { get; private set; } = [];

    internal IReadOnlyList<ConsoleService> Services { get; private set; } = [];

    internal IReadOnlyList<UserGroup> Groups { get; private set; } = [];

    internal IReadOnlyList<Invoice> Invoices { get; private set; } = [];

    public long UserId { get; private set; }

    public async Task<IActionResult> OnGetAsync(long userID) => await LoadAsync(userID) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostUpdateAsync(long userID) =>
        await AfterAsync(userID, await ConsoleOperations.BindAsync<UsersUpdateCommand>(HttpContext) is { } update ? (await SendAsync(update)).Error : TooLarge, "saved");

    public async Task<IActionResult> OnPostServiceAsync(long userID, string? service, string? switchTo) =>
        await AfterAsync(
            userID,
            switchTo == "on"
                ? (await SendAsync(new ServicesEnableForUserCommand(Id(service), Id(userID)))).Error
                : (await SendAsync(new ServicesDisableForUserCommand(Id(service), Id(userID)))).Error,
            "service");

    public async Task<IActionResult> OnPostLineAsync(long userID) =>
        await AfterAsync(userID, await ConsoleOperations.BindAsync<InvoicesAddProductCommand>(HttpContext) is { } line ? (await SendAsync(line)).Error : TooLarge, "line");

    /// <summary>The email goes to the user's address as getBasicUserInfo reads it now, never to one the form names.</summary>
    public async Task<IActionResult> OnPostEmailAsync(long userID, string? subject, string? message)
    {
        var user = await SendAsync(new GetBasicUserInfoQuery(Id(userID)));
        if (!user.IsSuccess)
        {
            return NotFoundPage();
        }

        var sent = await SendAsync(new EmailSendCommand(user.Value.Data.Email, subject, message));
        return await AfterAsync(userID, sent.Error, "sent");
    }

    private static readonly ApiError TooLarge = ApiError.Error(413, "Request Entity Too Large");

    private async Task<IActionResult> AfterAsync(long userID, ApiError? error, string done)
    {
        if (error is null)
        {
            return Redirect($"/console/users/{userID.ToString(CultureInfo.InvariantCulture)}?done={done}");
        }

        return await LoadAsync(userID) ? Refused(error) : NotFoundPage();
    }

    private async Task<bool> LoadAsync(long userID)
    {
        UserId = userID;
        var user = await SendAsync(new GetBasicUserInfoQuery(Id(userID)));
        if (!user.IsSuccess)
        {
            return false;
        }

        Shown = user.Value.Data;
        var addresses = await SendAsync(new AddressListQuery(Id(userID), null, null));
        Addresses = addresses.IsSuccess ? addresses.Value.Data : [];
        var services = await SendAsync(new ConsoleUserServicesQuery(Id(userID)));
        Services = services.IsSuccess ? services.Value : [];
        var groups = await SendAsync(new GetGroupsUserQuery(Id(userID), null, null));
        Groups = groups.IsSuccess ? groups.Value.Data : [];
        var invoices = await SendAsync(new GetInvoicesQuery(Id(userID), WireNumber.FromText("120"), null, null));
        Invoices = invoices.IsSuccess ? invoices.Value.Rows : [];
        return true;
    }

    private static WireId Id(long id) => WireId.FromText(id.ToString(CultureInfo.InvariantCulture));

    private static WireId? Id(string? id) => id is { Length: > 0 } ? WireId.FromText(id) : null;

    /// <summary>The devices of an address that have a MAC: its ISG (with the public IP it last reported), SMB boxes, ATA and phone.</summary>
    internal static IEnumerable<(string Device, string Mac, int Status, string? Ip)> Devices(AddressRecord address)
    {
        var all = new (string, string, int, string?)[]
        {
            ("ISG", address.IsgMac, address.IsgMacStatus, address.IsgIp),
            ("SMB 1", address.Smb1Mac, address.Smb1MacStatus, null),
            ("SMB 2", address.Smb2Mac, address.Smb2MacStatus, null),
            ("SMB 3", address.Smb3Mac, address.Smb3MacStatus, null),
            ("ATA", address.AtaMac, address.AtaMacStatus, null),
            ("Phone", address.PhoneMac, address.PhoneMacStatus, null),
        };
        return all.Where(device => device.Item2.Length > 0);
    }
}
