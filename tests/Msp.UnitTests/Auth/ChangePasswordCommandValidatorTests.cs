using Msp.Application.Auth;
using Msp.Application.Auth.ChangePassword;
using Msp.UnitTests.Support;
using static Msp.UnitTests.Support.ValidationAssert;

namespace Msp.UnitTests.Auth;

public sealed class ChangePasswordCommandValidatorTests
{
    private readonly ChangePasswordCommandValidator _validator = new();

    [Theory]
    [InlineData(null, "NewPass#1", "NewPass#1")]
    [InlineData("OldPass#1", null, "NewPass#1")]
    [InlineData("OldPass#1", "NewPass#1", null)]
    [InlineData(null, null, null)]
    public void A_missing_field_is_401_missing_parameters(string? current, string? @new, string? repeat)
    {
        var error = FirstError(_validator.Validate(new ChangePasswordCommand(current, @new, repeat)));

        Assert.Same(AuthErrors.MissingParameters, error);
        Assert.Equal(401, error.Status);
    }

    [Fact]
    public void A_missing_field_wins_over_a_bad_one()
    {
        var result = _validator.Validate(new ChangePasswordCommand(null, "abc", "abcd"));

        Assert.Same(AuthErrors.MissingParameters, FirstError(result));
        Assert.Contains(result.Errors, f => f.ErrorCode == "password_policy");
    }

    [Fact]
    public void A_short_new_password_is_403_bad_parameters()
    {
        var result = _validator.Validate(new ChangePasswordCommand("OldPass#1", "abc12", "abc12"));

        var error = FirstError(result);
        Assert.Same(AuthErrors.BadParameters, error);
        Assert.Equal(403, error.Status);
        Assert.Equal("password_policy", result.Errors[0].ErrorCode);
    }

    [Fact]
    public void An_over_long_new_password_is_bad_parameters()
    {
        var longPassword = TestData.Long(129);
        Assert.Same(AuthErrors.BadParameters, FirstError(_validator.Validate(new ChangePasswordCommand("OldPass#1", longPassword, longPassword))));
    }

    [Fact]
    public void An_over_long_current_password_is_bad_parameters()
    {
        Assert.Same(AuthErrors.BadParameters, FirstError(_validator.Validate(new ChangePasswordCommand(TestData.Long(129), "NewPass#1", "NewPass#1"))));
    }

    [Fact]
    public void A_repeat_that_differs_is_bad_parameters()
    {
        var result = _validator.Validate(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#2"));

        Assert.Same(AuthErrors.BadParameters, FirstError(result));
        Assert.Equal("password_repeat", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void A_new_password_equal_to_the_current_one_is_bad_parameters()
    {
        var result = _validator.Validate(new ChangePasswordCommand("Same#Pass1", "Same#Pass1", "Same#Pass1"));

        Assert.Same(AuthErrors.BadParameters, FirstError(result));
        Assert.Equal("password_unchanged", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void A_valid_change_passes()
    {
        Valid(_validator.Validate(new ChangePasswordCommand("OldPass#1", "NewPass#1", "NewPass#1")));
    }
}
