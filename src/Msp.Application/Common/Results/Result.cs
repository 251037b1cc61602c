namespace Msp.Application.Common.Results;

/// <summary>What the transport needs of any operation's outcome, whatever its value type.</summary>
public interface IOperationResult
{
    bool IsSuccess { get; }

    ApiError? Error { get; }

    object? BoxedValue { get; }
}

/// <summary>Lets pipeline behaviors build a failure of the response type they are generic over.</summary>
public interface IFailable<out TSelf>
{
    static abstract TSelf Failure(ApiError error);
}

/// <summary>An operation's outcome: its value, or the documented failure. Handlers return failures, they never throw them.</summary>
public sealed class Result<T> : IOperationResult, IFailable<Result<T>>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
    }

    private Result(ApiError error)
    {
        Error = error;
    }

    public bool IsSuccess => Error is null;

    public ApiError? Error { get; }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value ({Error}).");

    object? IOperationResult.BoxedValue => _value;

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(ApiError error) => new(error);

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(ApiError error) => new(error);
}
