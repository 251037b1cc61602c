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
        Assert.Same(ApiError.BadParameters, FirstError(_validator.Validate(new SetDeviceTokenCommand("ch.msp.app", "iOS", TestData.Long(1025)))));
    }

    [Theory]
    [InlineData("ch.msp.app", "token with spaces")]
    [InlineData("ch.msp.app", "token\nline")]
    [InlineData("ch.msp.app", "tök3n")]
    [InlineData("ch.msp/app", "token")]
    [InlineData("ch msp app", "token")]
    public void A_token_or_app_id_outside_what_the_push_services_issue_is_bad_parameters(string appId, string deviceToken)
    {
        Assert.Same(ApiError.BadParameters, FirstError(_validator.Validate(new SetDeviceTokenCommand(appId, "Android", deviceToken))));
    }

    [Theory]
    [InlineData("dQw4w9WgXcQ:APA91bH-k_8s2Xn4yQz0uL1mWvT7rB9cE3fG6hJ5kN2pR8sV0xZ4aD7gK1mP9qT3uW6yB0cF5hL8nS2vX4zA7dE1gJ3kM6pR9sU2wY5bC8fH0jL3nQ6tV9xZ")]
    [InlineData("740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad")]
    public void FCM_and_APNs_tokens_are_valid(string deviceToken)
    {
        Valid(_validator.Validate(new SetDeviceTokenCommand("ch.lindaufiber.app", "iOS", deviceToken)));
    }

    [Fact]
    public void Fields_at_their_limits_are_valid()
    {
        Valid(_validator.Validate(new SetDeviceTokenCommand(TestData.Long(255), "Android", TestData.Long(1024))));
    }
}
