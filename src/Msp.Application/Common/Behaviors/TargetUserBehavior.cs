using Msp.Application.Common.Security;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Finds the user an <see cref="ITargetUserRequest"/> names, within the reach it declares, after its validator accepted
/// the id: the handler gets the scoped user or never runs. One place answers "not yours" and "not there" alike, at
/// the same cost (one lookup either way).
/// </summary>
public sealed class TargetUserBehavior<TRequest, TResponse>(CallerContext context, TenantScope scope, TargetUser target)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IFailable<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ITargetUserRequest targeted)
        {
            return await next();
        }

        var userId = targeted.UserId?.Value ?? context.Caller.UserId;
        var user = await scope.FindUserAsync(userId, RequestTraits<TRequest>.TargetReach!.Value, cancellationToken);
        if (user is null)
        {
            return TResponse.Failure(RequestTraits<TRequest>.TargetMissing!);
        }

        target.User = user;
        return await next();
    }
}
