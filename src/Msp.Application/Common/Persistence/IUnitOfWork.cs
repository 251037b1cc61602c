namespace Msp.Application.Common.Persistence;

/// <summary>The request's unit of work: one connection, and for commands one transaction around a command's writes, begun at its first write.</summary>
public interface IUnitOfWork
{
    Task BeginAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Work that belongs to the command's changes (its audit record): it runs in the transaction just before the commit,
    /// and not at all when the command rolls back.
    /// </summary>
    void BeforeCommit(Func<CancellationToken, Task> work);

    /// <summary>
    /// Work that must be kept whether the command commits or rolls back (a failed login still counts);
    /// it runs after the transaction has ended.
    /// </summary>
    void AfterCompletion(Func<CancellationToken, Task> work);
}
