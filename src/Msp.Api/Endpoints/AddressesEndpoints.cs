using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Addresses.AddressCreate;
using Msp.Application.Addresses.AddressDelete;
using Msp.Application.Addresses.AddressList;
using Msp.Application.Addresses.AddressUpdate;
using Msp.Application.Addresses;
using Msp.Application.Common.Results;

namespace Msp.Api.Endpoints;

internal static class AddressesEndpoints
{
    public static void MapAddressesEndpoints(this IEndpointRouteBuilder app)
    {
        var addresses = app.MapModule("Addresses", "A user's addresses and the devices registered at each (ISG, ATA, phone, SMB boxes).");
        addresses.MapOperation<AddressCreateCommand>("POST", "/address/create")
            .Answers(OperationExamples.Json("address-create"), ApiError.MissingParameters, ApiError.BadParameters, AddressesErrors.Unauthorized);
        addresses.MapOperation<AddressDeleteCommand>("DELETE", "/address/delete").Answers("""{"msg":"ok"}""", AddressesErrors.NoAddressFound, AddressesErrors.Unauthorized);
        addresses.MapOperation<AddressListQuery>("GET", "/address/list").Answers(OperationExamples.Json("address-list"), AddressesErrors.Unauthorized);
        addresses.MapOperation<AddressUpdateCommand>("POST", "/address/update")
            .Answers("""{"msg":"ok"}""", ApiError.MissingParameters, ApiError.BadParameters, AddressesErrors.NoAddressFoundForUpdate, AddressesErrors.Unauthorized);
    }
}
