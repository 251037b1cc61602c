using Msp.Application.Auth;
using Msp.Application.Auth.SetDeviceToken;
using Msp.Application.Messaging;
using Microsoft.Extensions.Options;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class SetDeviceTokenCommandHandlerTests
{
    [Theory]
    [InlineData("ios", "iOS")]
    [InlineData("ANDROID", "Android")]
    public async Task The_token_is_saved_for_the_caller_with_the_platform_spelled_as_stored(string platform, string stored)
    {
        var deviceTokens = Substitute.For<IDeviceTokenRepository>();
        var handler = new SetDeviceTokenCommandHandler(
            TestData.ContextOf(TestData.Caller(userId: 42)), deviceTokens, TestData.Clock(), Options.Create(new MessageLimitsOptions { PushDevicesPerUser = 3 }));

        var result = await handler.Handle(new SetDeviceTokenCommand("ch.msp.app", platform, "push-token"), default);

        Assert.Equal("ok", result.Value.Msg);
        await deviceTokens.Received(1).SaveAsync(42, "ch.msp.app", stored, "push-token", 3, TestData.Now, Arg.Any<CancellationToken>());
    }
}
