using MediatR;
using Msp.Application.Common.Results;

namespace Msp.Application.Common.Messaging;

/// <summary>An operation that only reads.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>;

/// <summary>An operation that changes state; it runs in one transaction that commits only on success.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>, ICommandMarker;

/// <summary>Lets the transaction behavior recognise commands without knowing their response type.</summary>
public interface ICommandMarker;

/// <summary>
/// An operation that needs a caller. Each one answers an unknown, expired or revoked token with its own
/// documented "unauthorized" body (CONTRACT.md §1), so the body is part of the request's type.
/// </summary>
public interface IAuthenticatedRequest
{
    static abstract ApiError Unauthorized { get; }
}
