using Msp.Api.Http;
using Msp.Application.Addresses.AddressCreate;
using Msp.Application.Addresses.AddressDelete;
using Msp.Application.Addresses.AddressList;
using Msp.Application.Addresses.AddressUpdate;

namespace Msp.Api.Endpoints;

internal static class AddressesEndpoints
{
    public static void MapAddressesEndpoints(this IEndpointRouteBuilder app)
    {
        var addresses = app.MapModule("Addresses", "A user's addresses and the devices registered at each (ISG, ATA, phone, SMB boxes).");
        addresses.MapOperation<AddressCreateCommand>("POST", "/address/create");
        addresses.MapOperation<AddressDeleteCommand>("DELETE", "/address/delete");
        addresses.MapOperation<AddressListQuery>("GET", "/address/list");
        addresses.MapOperation<AddressUpdateCommand>("POST", "/address/update");
    }
}
