using System.Text.Json;
using Msp.Application.Common.Results;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.MyVpn;
using Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;
using Msp.UnitTests.Support;
using NSubstitute;

namespace Msp.UnitTests.Upstreams;

/// <summary>How a My VPN operation maps the gateway's outcomes, and that a non-subscriber never reaches the upstream.</summary>
public sealed class MyVpnHandlersTests
{
    private readonly IUpstreamSubscriptionReader _subscriptions = Substitute.For<IUpstreamSubscriptionReader>();
    private readonly IMyVpnGateway _myVpn = Substitute.For<IMyVpnGateway>();

    [Fact]
    public async Task A_non_subscriber_gets_the_unauthorized_body_and_My_VPN_is_not_asked()
    {
        var result = await Handle();

        WireAssert.Failure(result, 400, """{"error":"unauthorized_client"}""");
        await _myVpn.DidNotReceiveWithAnyArgs().SetCamServiceByUserAsync(default, default);
    }

    [Fact]
    public async Task The_answer_is_relayed_as_is()
    {
        Subscribed();
        using var body = JsonDocument.Parse("""{"status":{"status":"ok"}}""");
        _myVpn.SetCamServiceByUserAsync(42, Arg.Any<CancellationToken>()).Returns(new MyVpnOutcome.Answered(body.RootElement));

        var result = await Handle();

        Assert.Equal("""{"status":{"status":"ok"}}""", result.Value.GetRawText());
        await _myVpn.Received(1).SetCamServiceByUserAsync(42, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Id_not_found_and_unavailable_are_their_documented_bodies()
    {
        Subscribed();
        _myVpn.SetCamServiceByUserAsync(42, Arg.Any<CancellationToken>()).Returns(new MyVpnOutcome.IdNotFound(), new MyVpnOutcome.Unavailable());

        WireAssert.Failure(await Handle(), 200, """{"status":{"status":"error","code":"-2","msg":"id not found"}}""");
        WireAssert.Failure(await Handle(), 500, """{"error":"Something went wrong. Please try again later."}""");
    }

    private void Subscribed() => _subscriptions.IsSubscribedAsync(42, UpstreamNames.MyVpn, Arg.Any<CancellationToken>()).Returns(true);

    private Task<Result<JsonElement>> Handle() =>
        new SetCamServiceByUserCommandHandler(TestData.ContextOf(TestData.Caller(userId: 42)), _subscriptions, _myVpn)
            .Handle(new SetCamServiceByUserCommand(), CancellationToken.None);
}
