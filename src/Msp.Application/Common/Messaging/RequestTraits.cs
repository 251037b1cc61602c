using Msp.Application.Common.Results;

namespace Msp.Application.Common.Messaging;

/// <summary>What the pipeline needs to know about a request type, worked out once per type.</summary>
internal static class RequestTraits<TRequest>
{
    public static readonly string Name = typeof(TRequest).Name;

    public static readonly bool IsCommand = typeof(ICommandMarker).IsAssignableFrom(typeof(TRequest));

    /// <summary>The request's own unauthorized body, or null for an operation anyone may call.</summary>
    public static readonly ApiError? Unauthorized = typeof(IAuthenticatedRequest).IsAssignableFrom(typeof(TRequest))
        ? UnauthorizedBodies.Of(typeof(TRequest))
        : null;
}
