using System.Text.Json.Serialization;

namespace Msp.Application.RealEstate.FlatCreate;

/// <summary>docs/contract.md §3 on 6.9: <c>{"msg":"ok","data":{"id":…}}</c>, the id a number as addressCreate's.</summary>
public sealed record FlatCreateResponse([property: JsonPropertyName("msg")] string Msg, FlatCreated Data);

public sealed record FlatCreated(long Id);
