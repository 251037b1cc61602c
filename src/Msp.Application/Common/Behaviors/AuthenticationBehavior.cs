using Msp.Application.Common.Security;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Resolves the caller of every <see cref="IAuthenticatedRequest"/> once, before validation, and answers a
/// missing or dead credential with the operation's own unauthorized body. A restricted request's caller of another
/// kind gets the request's refusal here, so its handler never sees one.
/// </summary>
public sealed class AuthenticationBehavior<TRequest, TResponse>(CallerContext context, ICallerReader directory)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IFailable<TResponse>
{
    /// <remarks>A public request, or one whose caller is known, passes through without an async method's state machine and task.</remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        RequestTraits<TRequest>.Unauthorized is { } unauthorized && !context.IsResolved
            ? AuthenticateAsync(unauthorized, next, cancellationToken)
            : next();

    private async Task<TResponse> AuthenticateAsync(ApiError unauthorized, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var caller = context.Credentials.IsEmpty ? null : await directory.FindAsync(context.Credentials, cancellationToken);
        if (caller is null)
        {
            return TResponse.Failure(unauthorized);
        }

        context.Caller = caller;
        if (RequestTraits<TRequest>.Callers is { } allowed && !allowed.Admits(caller.Role))
        {
            return TResponse.Failure(RequestTraits<TRequest>.Refused!);
        }

        return await next();
    }
}
