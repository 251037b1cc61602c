using Msp.Application.Auth;
using Msp.Application.Auth.SetDeviceToken;
using Msp.UnitTests.Support;
using static Msp.UnitTests.Support.ValidationAssert;
using Msp.Application.Common.Results;

namespace Msp.UnitTests.Auth;

public sealed class SetDeviceTokenCommandValidatorTests
{
    private readonly SetDeviceTokenCommandValidator _validator = new();

    [Theory]
    [InlineData(null, "Android", "fcm-token")]
    [InlineData("ch.msp.app", null, "fcm-token")]
    [InlineData("ch.msp.app", "Android", null)]
    [InlineData(null, null, null)]
    public void A_missing_field_is_missing_parameters(string? appId, string? platform, string? deviceToken)
    {
        Assert.Same(ApiError.MissingParameters, FirstError(_validator.Validate(new SetDeviceTokenCommand(appId, platform, deviceToken))));
    }

    [Theory]
    [InlineData("Android")]
    [InlineData("android")]
    [InlineData("iOS")]
    [InlineData("IOS")]
    public void Android_and_iOS_in_any_case_are_valid(string platform)
    {
        Valid(_validator.Validate(new SetDeviceTokenCommand("ch.msp.app", platform, "token")));
    }

    [Theory]
    [InlineData("Windows")]
    [InlineData("ios ")]
    public void Another_platform_is_bad_parameters(string platform)
    {
        var result = _validator.Validate(new SetDeviceTokenCommand("ch.msp.app", platform, "token"));

        Assert.Same(ApiError.BadParameters, FirstError(result));
        Assert.Equal("platform", result.Errors[0].ErrorCode);
    }

    [Fact]
    public void Over_long_app_id_or_token_is_bad_parameters()
    {
        Assert.Same(ApiError.BadParameters, FirstError(_validator.Validate(new SetDeviceTokenCommand(TestData.Long(256), "iOS", "token"))));
        Assert.Same(ApiError.BadParameters, FirstError(_validator.Validate(new SetDeviceTokenCommand("ch.msp.app", "iOS", TestData.Long(4097)))));
    }

    [Fact]
    public void Fields_at_their_limits_are_valid()
    {
        Valid(_validator.Validate(new SetDeviceTokenCommand(TestData.Long(255), "Android", TestData.Long(4096))));
    }
}
