using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Security;

using Msp.Api.Http;

namespace Msp.Api.OpenApi;

/// <summary>
/// Each operation as its request record declares it: its id (a method name in generated code), the description from
/// the record's summary and its callers, and the token schemes where it needs a caller (none where it does not).
/// </summary>
internal sealed class OperationContractTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationRequestType>().FirstOrDefault() is not { } request)
        {
            return Task.CompletedTask;
        }

        var requestType = request.RequestType;
        operation.OperationId = OperationId(request.Name, context);
        operation.Description = Description(requestType);
        operation.Security = typeof(IAuthenticatedRequest).IsAssignableFrom(requestType)
            ? [.. TokenSchemes().Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] })]
            : [];
        return Task.CompletedTask;
    }

    private static IEnumerable<string> TokenSchemes() =>
        [ContractDocumentTransformer.BearerScheme, ContractDocumentTransformer.HeaderTokenScheme, ContractDocumentTransformer.CookieScheme];

    /// <summary>
    /// The operation's name as a method name; an operation documented under several methods (getDocInfo: POST and GET) is one
    /// endpoint, so the methods after the first carry theirs as a suffix (<c>getDocInfo</c>, <c>getDocInfoGet</c>).
    /// </summary>
    private static string OperationId(string operationName, OpenApiOperationTransformerContext context)
    {
        var id = OperationNames.OperationId(operationName);
        var methods = context.Description.ActionDescriptor.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods;
        var method = context.Description.HttpMethod;
        return methods is { Count: > 1 } && method is not null && !string.Equals(methods[0], method, StringComparison.OrdinalIgnoreCase)
            ? id + char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant()
            : id;
    }

    private static string Description(Type requestType)
    {
        var summary = RequestSummaries.Of(requestType) ?? requestType.Name;
        var callers = StaticCallers(requestType, nameof(IRestrictedRequest.Callers)) ?? StaticCallers(requestType, nameof(ITargetUserRequest.TargetReach));
        return callers is { } allowed ? $"{summary}\n\nCallers: {Describe(allowed)}." : summary;
    }

    private static AllowedCallers? StaticCallers(Type requestType, string property) =>
        requestType.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as AllowedCallers?;

    private static string Describe(AllowedCallers callers) => string.Join(", ", new[]
    {
        (AllowedCallers.Self, "end users (themselves)"),
        (AllowedCallers.Partner, "partner admins (their BP)"),
        (AllowedCallers.Service, "services (their subscribers)"),
        (AllowedCallers.Admin, "the msp admin"),
    }.Where(kind => callers.HasFlag(kind.Item1)).Select(kind => kind.Item2));
}
