using System.Text;
using FluentValidation.Results;

namespace Msp.Application.Common.Behaviors;

/// <summary>
/// Runs the request's validators. The first failing rule decides the answer: its catalogue entry (attached with
/// <c>WithError</c>) is the operation's documented body; every failing rule is listed in the optional details.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IFailable<TResponse>
{
    private const int MaxEchoedValueLength = 64;

    private readonly IValidator<TRequest>[] _validators = validators as IValidator<TRequest>[] ?? validators.ToArray();

    /// <remarks>A request without validators passes through without an async method's state machine and task.</remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        _validators.Length == 0 ? next() : HandleValidatedAsync(request, next, cancellationToken);

    private async Task<TResponse> HandleValidatedAsync(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        List<ValidationFailure>? failures = null;
        foreach (var validator in _validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is null)
        {
            return await next();
        }

        var documented = failures[0].CustomState as ApiError
            ?? throw new InvalidOperationException(
                $"A rule of {typeof(TRequest).Name} on {failures[0].PropertyName} has no documented error attached (use WithError).");
        return TResponse.Failure(documented.WithDetails(failures.Select(ToDetail).ToArray()));
    }

    private static ErrorDetail ToDetail(ValidationFailure failure) =>
        new(failure.ErrorCode, failure.ErrorMessage, [new ErrorParameter(ToWireName(failure.PropertyName), Echo(failure.AttemptedValue))]);

    private static string? Echo(object? value) => value?.ToString() is { } text && text.Length > MaxEchoedValueLength
        ? text[..MaxEchoedValueLength] + "…"
        : value?.ToString();

    /// <summary>
    /// <c>StreetAddress</c> → <c>street_address</c>. A nested record's field (<c>Address.StreetAddress</c>) was a flat
    /// parameter on the wire, so it is named without its record.
    /// </summary>
    private static string ToWireName(string path)
    {
        var propertyName = path[(path.LastIndexOf('.') + 1)..];
        var wire = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0)
            {
                wire.Append('_');
            }

            wire.Append(char.ToLowerInvariant(c));
        }

        return wire.ToString();
    }
}
