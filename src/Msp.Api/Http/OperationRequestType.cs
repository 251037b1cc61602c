namespace Msp.Api.Http;

/// <summary>The request record an operation's parameters bind to, kept on its endpoint for the OpenAPI document.</summary>
internal sealed record OperationRequestType(Type RequestType);
