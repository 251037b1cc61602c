using MediatR;
using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Resolves the caller of every <see cref="IAuthenticatedRequest"/> once, before validation, and answers a
/// missing or dead credential with the operation's own unauthorized body.
/// </summary>
public sealed class AuthenticationBehavior<TRequest, TResponse>(CallerContext context, ICallerReader directory)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IFailable<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var unauthorized = RequestTraits<TRequest>.Unauthorized;
        if (unauthorized is null || context.IsResolved)
        {
            return await next();
        }

        var caller = context.Credentials.IsEmpty ? null : await directory.FindAsync(context.Credentials, cancellationToken);
        if (caller is null)
        {
            return TResponse.Failure(unauthorized);
        }

        context.Caller = caller;
        return await next();
    }
}
