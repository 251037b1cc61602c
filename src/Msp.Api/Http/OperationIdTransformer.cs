using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Msp.Api.Http;

/// <summary>
/// An operation documented under several methods (getDocInfo: POST and GET) is one endpoint with one name, which
/// the document would repeat as every method's operationId. Ids must be unique, so the methods after the first carry
/// theirs as a suffix (<c>GetDocInfoQuery</c>, <c>GetDocInfoQueryGet</c>).
/// </summary>
internal sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var methods = context.Description.ActionDescriptor.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods;
        var method = context.Description.HttpMethod;
        if (operation.OperationId is { } id && methods is { Count: > 1 } && method is not null
            && !string.Equals(methods[0], method, StringComparison.OrdinalIgnoreCase))
        {
            operation.OperationId = id + char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant();
        }

        return Task.CompletedTask;
    }
}
