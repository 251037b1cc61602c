using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressList;

public sealed class AddressListQueryHandler(TargetUser target, ISqlReader database)
    : IRequestHandler<AddressListQuery, Result<DataList<AddressRecord>>>
{
    /// <summary>The page and the total in one round trip, read straight into the wire model.</summary>
    private const string ListSql = """
        SELECT id AS Id, account_id AS UsersId, gender AS Gender, company AS Company, firstname AS Firstname,
               lastname AS Lastname, letter AS Letter, floor AS Floor, street_address AS StreetAddress,
               street_number AS StreetNumber, suburb AS Suburb, postcode AS Postcode, city AS City, city_id AS CityId,
               state AS State, country_iso AS CountryIso, type AS Type, created_at AS CreatedAt, updated_at AS UpdatedAt,
               lat AS Lat, lng AS Lng, apartment_number AS ApartmentNumber, oto AS Oto, building_name AS BuildingName,
               name AS Name, mac AS Mac, isg_ip AS IsgIp, isg_mac AS IsgMac, isg_mac_status AS IsgMacStatus,
               isg_mac_status_date AS IsgMacStatusDate,
               smb1_mac AS Smb1Mac, smb1_mac_status AS Smb1MacStatus, smb1_mac_status_date AS Smb1MacStatusDate,
               smb2_mac AS Smb2Mac, smb2_mac_status AS Smb2MacStatus, smb2_mac_status_date AS Smb2MacStatusDate,
               smb3_mac AS Smb3Mac, smb3_mac_status AS Smb3MacStatus, smb3_mac_status_date AS Smb3MacStatusDate,
               ata_mac AS AtaMac, ata_mac_status AS AtaMacStatus, ata_mac_status_date AS AtaMacStatusDate,
               ata_mac_model AS AtaMacModel,
               phone_mac AS PhoneMac, phone_mac_status AS PhoneMacStatus, phone_mac_status_date AS PhoneMacStatusDate,
               phone_mac_model AS PhoneMacModel,
               billing AS Billing, installation AS Installation, updated_isg_at AS UpdatedIsgAt,
               type_address AS TypeAddress, custom_type_address AS CustomTypeAddress, building_id AS BuildingId,
               size AS Size, code AS Code, addresses_status AS AddressesStatus
        FROM addresses
        WHERE account_id = @AccountId
        ORDER BY id {{page}};

        SELECT COUNT(*) FROM addresses WHERE account_id = @AccountId;
        """;

    public async Task<Result<DataList<AddressRecord>>> Handle(AddressListQuery request, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<AddressRecord>(ListSql, new { AccountId = target.User.Id, page.Offset, page.Limit }, cancellationToken);
        return new DataList<AddressRecord>(rows, page.IteratorFor(total));
    }
}
