using System.Text.Json.Serialization;
using Msp.Application.Common.Time;

namespace Msp.Application.Addresses.AddressList;

/// <summary>
/// The address of spec 6.3, in its property order. Every id, flag and status is a JSON string there, so numbers are
/// written as strings; <c>users_id</c> is the owning account. The table's smb4 columns are not part of the record.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.WriteAsString)]
public sealed class AddressRecord
{
    public long Id { get; init; }

    public long UsersId { get; init; }

    public string Gender { get; init; } = "";

    public string Company { get; init; } = "";

    public string Firstname { get; init; } = "";

    public string Lastname { get; init; } = "";

    public string? Letter { get; init; }

    public string Floor { get; init; } = "";

    public string StreetAddress { get; init; } = "";

    public string StreetNumber { get; init; } = "";

    public string Suburb { get; init; } = "";

    public string Postcode { get; init; } = "";

    public string City { get; init; } = "";

    public long? CityId { get; init; }

    public string State { get; init; } = "";

    public string CountryIso { get; init; } = "";

    public int Type { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime CreatedAt { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime UpdatedAt { get; init; }

    public string Lat { get; init; } = "";

    public string Lng { get; init; } = "";

    public string ApartmentNumber { get; init; } = "";

    public string Oto { get; init; } = "";

    public string BuildingName { get; init; } = "";

    public string Name { get; init; } = "";

    public string Mac { get; init; } = "";

    public string IsgIp { get; init; } = "";

    public string IsgMac { get; init; } = "";

    public int IsgMacStatus { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? IsgMacStatusDate { get; init; }

    [JsonPropertyName("smb1_mac")]
    public string Smb1Mac { get; init; } = "";

    [JsonPropertyName("smb1_mac_status")]
    public int Smb1MacStatus { get; init; }

    [JsonPropertyName("smb1_mac_status_date")]
    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? Smb1MacStatusDate { get; init; }

    [JsonPropertyName("smb2_mac")]
    public string Smb2Mac { get; init; } = "";

    [JsonPropertyName("smb2_mac_status")]
    public int Smb2MacStatus { get; init; }

    [JsonPropertyName("smb2_mac_status_date")]
    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? Smb2MacStatusDate { get; init; }

    [JsonPropertyName("smb3_mac")]
    public string Smb3Mac { get; init; } = "";

    [JsonPropertyName("smb3_mac_status")]
    public int Smb3MacStatus { get; init; }

    [JsonPropertyName("smb3_mac_status_date")]
    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? Smb3MacStatusDate { get; init; }

    public string AtaMac { get; init; } = "";

    public int AtaMacStatus { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? AtaMacStatusDate { get; init; }

    public string AtaMacModel { get; init; } = "";

    public string PhoneMac { get; init; } = "";

    public int PhoneMacStatus { get; init; }

    [JsonConverter(typeof(WireDateTimeConverter))]
    public DateTime? PhoneMacStatusDate { get; init; }

    public string PhoneMacModel { get; init; } = "";

    public int Billing { get; init; }

    public int Installation { get; init; }

    [JsonConverter(typeof(IsgUpdateTimeConverter))]
    public DateTime? UpdatedIsgAt { get; init; }

    public int TypeAddress { get; init; }

    public string CustomTypeAddress { get; init; } = "";

    public long? BuildingId { get; init; }

    public string? Size { get; init; }

    public string? Code { get; init; }

    public string? AddressesStatus { get; init; }
}
