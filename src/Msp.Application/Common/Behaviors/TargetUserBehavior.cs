using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Finds the user an <see cref="ITargetUserRequest"/> names, within the reach it declares, after its validator accepted
/// the id: the handler gets the scoped user or never runs. One place answers "not yours" and "not there" alike, at
/// the same cost (one lookup either way), and, for a query, "pending deletion" too: such an account is gone for
/// readers (<see cref="AccountStatusRules.IsVisible"/>, ADR 8), unless the query declares
/// <see cref="IReadsAccountsPendingDeletion"/>.
/// </summary>
public sealed class TargetUserBehavior<TRequest, TResponse>(CallerContext context, TenantScope scope, TargetUser target)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IFailable<TResponse>
{
    /// <remarks>A request that names no user passes through without an async method's state machine and task.</remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ITargetUserRequest targeted ? HandleTargetedAsync(targeted, next, cancellationToken) : next();

    private static readonly bool HidesPendingDeletion =
        !RequestTraits<TRequest>.IsCommand && !typeof(IReadsAccountsPendingDeletion).IsAssignableFrom(typeof(TRequest));

    private async Task<TResponse> HandleTargetedAsync(ITargetUserRequest targeted, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var userId = targeted.UserId?.Value ?? context.Caller.UserId;
        var user = await scope.FindUserAsync(userId, RequestTraits<TRequest>.TargetReach!.Value, cancellationToken);
        if (user is null || (HidesPendingDeletion && !user.Status.IsVisible()))
        {
            return TResponse.Failure(RequestTraits<TRequest>.TargetMissing!);
        }

        target.User = user;
        return await next();
    }
}
