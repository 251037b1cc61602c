namespace Msp.Api.Http;

/// <summary>
/// The request record an operation's parameters bind to, and the operation's name (its endpoint name and, as a method
/// name, its OpenAPI id), kept on its endpoint: the record's name, or with a <see cref="OperationQualifier"/> before it
/// where one record serves several routes or shares its name with another module's.
/// </summary>
internal sealed record OperationRequestType(Type RequestType, string Name);

/// <summary>What an operation's name carries before its record's name on one route: <c>Sw</c> for <c>/sw/getContact</c>.</summary>
internal sealed record OperationQualifier(string Prefix);
