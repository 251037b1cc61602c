using FluentValidation.Results;
using Msp.Application.Common.Results;

namespace Msp.UnitTests.Support;

internal static class ValidationAssert
{
    /// <summary>
    /// The catalogue entry the validation behavior would answer with: the first failure's. Every failure must carry
    /// one, or the behavior would throw.
    /// </summary>
    public static ApiError FirstError(ValidationResult result)
    {
        Assert.False(result.IsValid, "The request was expected to fail validation.");
        Assert.All(result.Errors, failure => Assert.IsType<ApiError>(failure.CustomState));
        return (ApiError)result.Errors[0].CustomState;
    }

    public static void Valid(ValidationResult result) =>
        Assert.True(result.IsValid, "Unexpected failures: " + string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
}
