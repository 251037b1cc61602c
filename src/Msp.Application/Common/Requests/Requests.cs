using Msp.Application.Common.Security;

namespace Msp.Application.Common.Requests;

/// <summary>An operation that only reads.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>;

/// <summary>An operation that changes state; it runs in one transaction that commits only on success.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>, ICommandMarker;

/// <summary>Lets the transaction behavior recognise commands without knowing their response type.</summary>
public interface ICommandMarker;

/// <summary>
/// An operation that needs a caller. It answers an unknown, expired or revoked token with its module's unauthorized
/// body, or with its own where the spec documents another (a <c>public static ApiError Unauthorized</c> on the request;
/// docs/contract.md §1). <see cref="UnauthorizedBodies"/> decides which.
/// </summary>
public interface IAuthenticatedRequest;

/// <summary>
/// An operation that relays to an upstream system on the caller's behalf (every operation under <c>Upstreams/</c>;
/// an architecture test holds them to it). Each costs a call to another company's system, so together they count
/// toward the caller's per-minute limit (<c>UpstreamRateLimitBehavior</c>, ADR 25) before anything else is done.
/// </summary>
public interface IUpstreamRequest : IAuthenticatedRequest;

/// <summary>
/// An operation only some kinds of caller may use at all (docs/contract.md §4's caller column). The authentication
/// behavior answers any other caller before validation and before the handler runs: with the request's
/// <c>public static ApiError Refused</c> where the spec documents one (a 403), else with its unauthorized body
/// (docs/contract.md §2).
/// </summary>
public interface IRestrictedRequest : IAuthenticatedRequest
{
    static abstract AllowedCallers Callers { get; }
}

/// <summary>
/// An operation on one user, named by its <c>userID</c> parameter, or the caller when the parameter may be left out
/// and is. The target behavior finds the user within <see cref="TargetReach"/> (docs/contract.md §2) once, after
/// validation, and answers <see cref="TargetMissing"/> for a user out of reach and for one that does not exist alike;
/// the handler reads the found user from <see cref="TargetUser"/>.
/// </summary>
public interface ITargetUserRequest : IAuthenticatedRequest
{
    WireId? UserId { get; }

    /// <summary>Whom each kind of caller may target: itself (Self), its BP's users (Partner), its subscribers (Service), anyone (Admin).</summary>
    static abstract AllowedCallers TargetReach { get; }

    /// <summary>The documented answer for a target out of reach or not there.</summary>
    static abstract ApiError TargetMissing { get; }
}
