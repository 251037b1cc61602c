using Msp.Application.Common.Persistence;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Wraps every command in one transaction that commits only when the command succeeded, so a documented
/// failure or an exception never leaves anything half-written.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOperationResult
{
    /// <remarks>A query passes through without an async method's state machine and task.</remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        RequestTraits<TRequest>.IsCommand ? HandleCommandAsync(next, cancellationToken) : next();

    private async Task<TResponse> HandleCommandAsync(RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        TResponse response;
        try
        {
            response = await next();
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }

        if (response.IsSuccess)
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        else
        {
            await unitOfWork.RollbackAsync(cancellationToken);
        }

        return response;
    }
}
