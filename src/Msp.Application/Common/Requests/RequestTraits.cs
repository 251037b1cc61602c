using System.Reflection;
using Msp.Application.Common.Security;

namespace Msp.Application.Common.Requests;

/// <summary>What the pipeline needs to know about a request type, worked out once per type.</summary>
internal static class RequestTraits<TRequest>
{
    public static readonly string Name = typeof(TRequest).Name;

    public static readonly bool IsCommand = typeof(ICommandMarker).IsAssignableFrom(typeof(TRequest));

    /// <summary>The request's own unauthorized body, or null for an operation anyone may call.</summary>
    public static readonly ApiError? Unauthorized = typeof(IAuthenticatedRequest).IsAssignableFrom(typeof(TRequest))
        ? UnauthorizedBodies.Of(typeof(TRequest))
        : null;

    /// <summary>The kinds of caller a restricted request admits; null when any authenticated caller may use it.</summary>
    public static readonly AllowedCallers? Callers = typeof(IRestrictedRequest).IsAssignableFrom(typeof(TRequest))
        ? (AllowedCallers)StaticProperty(nameof(IRestrictedRequest.Callers))!
        : null;

    /// <summary>Whom a targeting request may reach; null for a request that targets no user.</summary>
    public static readonly AllowedCallers? TargetReach = typeof(ITargetUserRequest).IsAssignableFrom(typeof(TRequest))
        ? (AllowedCallers)StaticProperty(nameof(ITargetUserRequest.TargetReach))!
        : null;

    /// <summary>A targeting request's answer for a user out of reach or not there.</summary>
    public static readonly ApiError? TargetMissing = TargetReach is null ? null : (ApiError)StaticProperty(nameof(ITargetUserRequest.TargetMissing))!;

    /// <summary>What a caller of another kind gets: the request's documented refusal, else its unauthorized body.</summary>
    public static readonly ApiError? Refused = Callers is null
        ? null
        : StaticProperty("Refused") as ApiError ?? Unauthorized;

    /// <summary>
    /// What a request answers past a message quota: its documented refusal (<c>public static ApiError QuotaExceeded</c>,
    /// email/send's 403) where the spec gives it one, else null for the platform's 429 with its Retry-After.
    /// </summary>
    public static readonly ApiError? QuotaExceeded = StaticProperty("QuotaExceeded") as ApiError;

    private static object? StaticProperty(string name) =>
        typeof(TRequest).GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
}
