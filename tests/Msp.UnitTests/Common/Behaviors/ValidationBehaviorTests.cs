using FluentValidation;
using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Results;
using Msp.Application.Common.Validation;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    private static readonly ApiError Missing = ApiError.Msg(401, "Missing parameters");
    private static readonly ApiError Bad = ApiError.Msg(403, "Bad parameters");

    private int _nextCalls;

    private Task<Result<string>> Next()
    {
        _nextCalls++;
        return Task.FromResult(Result<string>.Success("handled"));
    }

    private static ValidationBehavior<ProbeQuery, Result<string>> Behavior(params IValidator<ProbeQuery>[] validators) => new(validators);

    [Fact]
    public async Task Without_validators_the_handler_runs()
    {
        var result = await Behavior().Handle(new ProbeQuery(), default, Next);

        Assert.Equal("handled", result.Value);
        Assert.Equal(1, _nextCalls);
    }

    [Fact]
    public async Task Valid_request_reaches_the_handler()
    {
        var validator = new InlineValidator<ProbeQuery> { v => v.RuleFor(p => p.Name).NotNull().WithError(Missing) };

        var result = await Behavior(validator).Handle(new ProbeQuery(Name: "x"), default, Next);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, _nextCalls);
    }

    [Fact]
    public async Task The_first_failure_decides_the_answer_and_every_failure_is_listed()
    {
        var first = new InlineValidator<ProbeQuery> { v => v.RuleFor(p => p.Name).Present().WithError(Missing) };
        var second = new InlineValidator<ProbeQuery>
        {
            v => v.RuleFor(p => p.DeviceToken).MaximumLength(3).WithErrorCode("too_long").WithError(Bad),
        };

        var result = await Behavior(first, second).Handle(new ProbeQuery(Name: null, DeviceToken: TestData.Long(100)), default, Next);

        Assert.Equal(0, _nextCalls);
        var error = result.Error!;
        Assert.Equal(Missing.Status, error.Status);
        Assert.Equal(Missing.Body, error.Body);
        Assert.Collection(
            error.Details,
            missing =>
            {
                Assert.Equal("missing", missing.Code);
                var parameter = Assert.Single(missing.Params);
                Assert.Equal("name", parameter.Name);
                Assert.Null(parameter.Value);
            },
            tooLong =>
            {
                Assert.Equal("too_long", tooLong.Code);
                var parameter = Assert.Single(tooLong.Params);
                Assert.Equal("device_token", parameter.Name);
                Assert.Equal(TestData.Long(64) + "…", parameter.Value);
            });
    }

    [Fact]
    public async Task The_catalogue_entry_itself_is_left_without_details()
    {
        var validator = new InlineValidator<ProbeQuery> { v => v.RuleFor(p => p.Name).Present().WithError(Missing) };

        await Behavior(validator).Handle(new ProbeQuery(), default, Next);

        Assert.Empty(Missing.Details);
    }

    [Fact]
    public async Task A_rule_without_a_documented_error_is_a_programming_error()
    {
        var validator = new InlineValidator<ProbeQuery> { v => v.RuleFor(p => p.Name).NotNull() };

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Behavior(validator).Handle(new ProbeQuery(), default, Next));

        Assert.Contains("WithError", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0, _nextCalls);
    }
}
