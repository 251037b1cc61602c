using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>Spec 6.1: a new address of <c>userID</c>, or of the caller when none is given.</summary>
public sealed record AddressCreateCommand(
    string? UserId,
    string? Gender,
    string? Company,
    string? Firstname,
    string? Lastname,
    string? Letter,
    string? Floor,
    string? StreetAddress,
    string? StreetNumber,
    string? Suburb,
    string? Postcode,
    string? City,
    string? CityId,
    string? State,
    string? CountryIso,
    string? Type,
    string? Lat,
    string? Lng,
    string? ApartmentNumber,
    string? Oto,
    string? BuildingName,
    string? Name,
    string? Mac,
    string? IsgMac,
    string? Smb1Mac,
    string? Smb2Mac,
    string? Smb3Mac,
    string? AtaMac,
    string? AtaMacModel,
    string? PhoneMac,
    string? PhoneMacModel,
    string? Billing,
    string? Installation,
    string? TypeAddress,
    string? CustomTypeAddress) : ICommand<AddressCreateResponse>, IAuthenticatedRequest, IAddressFieldsRequest
{
    public static ApiError Unauthorized => AddressesErrors.Unauthorized;
}
