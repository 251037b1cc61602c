using Msp.Application.Common.Persistence;

namespace Msp.UnitTests.Support;

/// <summary>
/// Collects the work a handler hands to <see cref="IUnitOfWork.AfterCompletion"/>, so a test can check that nothing
/// ran inside the command's transaction and then run it as the unit of work would after the rollback.
/// </summary>
internal sealed class AfterCompletionCapture
{
    private readonly List<Func<CancellationToken, Task>> _work = [];

    public AfterCompletionCapture(IUnitOfWork unitOfWork)
    {
        unitOfWork.When(u => u.AfterCompletion(Arg.Any<Func<CancellationToken, Task>>()))
            .Do(call => _work.Add(call.Arg<Func<CancellationToken, Task>>()));
    }

    public int Count => _work.Count;

    public async Task RunAllAsync()
    {
        foreach (var work in _work)
        {
            await work(CancellationToken.None);
        }
    }
}
