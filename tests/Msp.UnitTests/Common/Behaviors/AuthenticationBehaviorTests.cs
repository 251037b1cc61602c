using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Common.Behaviors;

public sealed class AuthenticationBehaviorTests
{
    private readonly ICallerReader _directory = Substitute.For<ICallerReader>();
    private readonly CallerContext _context = new();
    private int _nextCalls;

    private Task<Result<string>> Next()
    {
        _nextCalls++;
        return Task.FromResult(Result<string>.Success("handled"));
    }

    private AuthenticationBehavior<TRequest, Result<string>> Behavior<TRequest>() => new(_context, _directory);

    [Fact]
    public async Task A_request_anyone_may_send_passes_without_a_lookup()
    {
        _context.Credentials = new RequestCredentials("token", null);

        var result = await Behavior<OpenProbe>().Handle(new OpenProbe(), default, Next);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, _nextCalls);
        await _directory.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
        Assert.False(_context.IsResolved);
    }

    [Fact]
    public async Task Missing_credentials_get_the_request_s_own_unauthorized_body_without_a_lookup()
    {
        var result = await Behavior<GuardedProbe>().Handle(new GuardedProbe(), default, Next);

        Assert.Same(GuardedProbe.Denied, result.Error);
        Assert.Equal(0, _nextCalls);
        await _directory.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
    }

    [Fact]
    public async Task Unknown_token_gets_the_unauthorized_body()
    {
        _context.Credentials = new RequestCredentials("unknown", null);

        var result = await Behavior<GuardedProbe>().Handle(new GuardedProbe(), default, Next);

        Assert.Same(GuardedProbe.Denied, result.Error);
        Assert.Equal(0, _nextCalls);
        await _directory.Received(1).FindAsync(_context.Credentials, Arg.Any<CancellationToken>());
        Assert.False(_context.IsResolved);
    }

    [Fact]
    public async Task Live_credentials_set_the_caller_before_the_handler_runs()
    {
        var caller = TestData.Caller();
        _context.Credentials = new RequestCredentials(null, "cookie");
        _directory.FindAsync(_context.Credentials, Arg.Any<CancellationToken>()).Returns(caller);
        Caller? seenByHandler = null;

        var result = await Behavior<GuardedProbe>().Handle(new GuardedProbe(), default, () =>
        {
            seenByHandler = _context.Caller;
            return Next();
        });

        Assert.True(result.IsSuccess);
        Assert.Same(caller, seenByHandler);
        Assert.Same(caller, _context.Caller);
    }

    [Fact]
    public async Task A_caller_already_resolved_is_not_looked_up_again()
    {
        _context.Caller = TestData.Caller();

        var result = await Behavior<GuardedProbe>().Handle(new GuardedProbe(), default, Next);

        Assert.True(result.IsSuccess);
        await _directory.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
    }
}
