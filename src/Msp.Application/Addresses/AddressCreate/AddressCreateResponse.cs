using System.Text.Json.Serialization;
using Msp.Application.Common.Time;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>Spec 6.1's answer, <c>{"data": {"updated_at", "created_at", "id"}}</c>; the id is a number there.</summary>
public sealed record AddressCreateResponse(AddressCreated Data);

public sealed record AddressCreated(
    [property: JsonConverter(typeof(WireDateTimeConverter))] DateTime UpdatedAt,
    [property: JsonConverter(typeof(WireDateTimeConverter))] DateTime CreatedAt,
    long Id);
