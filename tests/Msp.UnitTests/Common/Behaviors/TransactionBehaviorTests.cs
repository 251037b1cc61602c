using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Results;

namespace Msp.UnitTests.Common.Behaviors;

public sealed class TransactionBehaviorTests
{
    private static readonly ApiError Refused = ApiError.Msg(403, "Bad parameters");

    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();

    private TransactionBehavior<TRequest, Result<string>> Behavior<TRequest>() => new(_unitOfWork);

    private static Task<Result<string>> Succeed() => Task.FromResult(Result<string>.Success("done"));

    [Fact]
    public async Task A_query_runs_without_a_transaction()
    {
        var result = await Behavior<ProbeQuery>().Handle(new ProbeQuery(), default, Succeed);

        Assert.True(result.IsSuccess);
        Assert.Empty(_unitOfWork.ReceivedCalls());
    }

    [Fact]
    public async Task A_successful_command_commits()
    {
        var result = await Behavior<ProbeCommand>().Handle(new ProbeCommand(), default, Succeed);

        Assert.True(result.IsSuccess);
        Received.InOrder(() =>
        {
            _unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _unitOfWork.CommitAsync(Arg.Any<CancellationToken>());
        });
        await _unitOfWork.DidNotReceiveWithAnyArgs().RollbackAsync(default);
    }

    [Fact]
    public async Task A_command_that_answers_a_failure_rolls_back()
    {
        var result = await Behavior<ProbeCommand>().Handle(new ProbeCommand(), default, () => Task.FromResult<Result<string>>(Refused));

        Assert.Same(Refused, result.Error);
        Received.InOrder(() =>
        {
            _unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _unitOfWork.RollbackAsync(Arg.Any<CancellationToken>());
        });
        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Fact]
    public async Task A_command_that_throws_rolls_back_and_the_exception_goes_on()
    {
        var boom = new InvalidOperationException("boom");
        using var cancelled = new CancellationTokenSource();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behavior<ProbeCommand>().Handle(new ProbeCommand(), cancelled.Token, () => throw boom));

        Assert.Same(boom, thrown);
        await _unitOfWork.Received(1).BeginAsync(cancelled.Token);

        // The rollback must run even when the request was cancelled.
        await _unitOfWork.Received(1).RollbackAsync(CancellationToken.None);
        await _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }
}
