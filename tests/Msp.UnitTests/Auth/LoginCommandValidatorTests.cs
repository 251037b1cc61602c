using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.UnitTests.Support;
using static Msp.UnitTests.Support.ValidationAssert;

namespace Msp.UnitTests.Auth;

public sealed class LoginCommandValidatorTests
{
    private readonly LoginCommandValidator _validator = new();

    [Fact]
    public void Neither_email_nor_uid_asks_for_the_username()
    {
        var result = _validator.Validate(new LoginCommand(null, null, null, null));

        Assert.Same(AuthErrors.MissingUsername, FirstError(result));
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Password_alone_asks_for_the_username()
    {
        Assert.Same(AuthErrors.MissingUsername, FirstError(_validator.Validate(new LoginCommand(null, "secret", null, "Web"))));
    }

    [Fact]
    public void Email_without_password_asks_for_the_password()
    {
        Assert.Same(AuthErrors.MissingPassword, FirstError(_validator.Validate(new LoginCommand("jorge@example.com", null, null, "Web"))));
    }

    [Fact]
    public void Email_and_uid_without_password_asks_for_the_password_since_the_email_form_wins()
    {
        Assert.Same(AuthErrors.MissingPassword, FirstError(_validator.Validate(new LoginCommand("jorge", null, "STB-1", null))));
    }

    [Fact]
    public void Uid_alone_is_valid()
    {
        Valid(_validator.Validate(new LoginCommand(null, null, "STB-0001", null)));
    }

    [Fact]
    public void Email_and_password_are_valid_with_or_without_source()
    {
        Valid(_validator.Validate(new LoginCommand("jorge", "Jorge#2016", null, null)));
        Valid(_validator.Validate(new LoginCommand("jorge@example.com", "Jorge#2016", null, "Mobile")));
    }

    [Fact]
    public void Fields_at_their_limits_are_valid()
    {
        Valid(_validator.Validate(new LoginCommand(TestData.Long(254), TestData.Long(128), null, null)));
        Valid(_validator.Validate(new LoginCommand(null, null, TestData.Long(254), null)));
    }

    [Fact]
    public void Over_long_email_answers_as_wrong_credentials()
    {
        Assert.Same(AuthErrors.IncorrectCredentials, FirstError(_validator.Validate(new LoginCommand(TestData.Long(255), "secret", null, null))));
    }

    [Fact]
    public void Over_long_password_answers_as_wrong_credentials()
    {
        Assert.Same(AuthErrors.IncorrectCredentials, FirstError(_validator.Validate(new LoginCommand("jorge", TestData.Long(129), null, null))));
    }

    [Fact]
    public void Over_long_uid_answers_as_wrong_credentials()
    {
        Assert.Same(AuthErrors.IncorrectCredentials, FirstError(_validator.Validate(new LoginCommand(null, null, TestData.Long(1_000_000), null))));
    }
}
