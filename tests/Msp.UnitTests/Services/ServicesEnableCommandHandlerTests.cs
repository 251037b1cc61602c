using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Services;
using Msp.Application.Services.ServicesEnable;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Services;

/// <summary>services/enable (spec 6.35): the switch on, with its own answers.</summary>
public sealed class ServicesEnableCommandHandlerTests
{
    private readonly IServiceRepository _services = Substitute.For<IServiceRepository>();

    [Fact]
    public async Task The_owner_switches_its_service_on()
    {
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, Active: false));
        _services.SwitchAsync(4, true, TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.Service, 911, serviceId: 4), 4), """{"msg":"ok"}""");
        await _services.Received(1).SwitchAsync(4, true, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task When_the_write_finds_it_already_on_the_answer_is_already_enabled()
    {
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, Active: true));
        _services.SwitchAsync(4, true, TestData.Now, Arg.Any<CancellationToken>()).Returns(false);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 4), 402, """{"msg":"Service already enabled"}""");
    }

    [Fact]
    public async Task A_service_without_an_owner_is_the_admin_s_alone()
    {
        _services.FindAsync(7, Arg.Any<CancellationToken>()).Returns(new ServiceState(7, null, Active: false));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.Service, 911, serviceId: 4), 7), 400, """{"error":"unauthorized_client"}""");
        await _services.DidNotReceiveWithAnyArgs().SwitchAsync(default, default, default, default);
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, long serviceId) =>
        new ServicesEnableCommandHandler(TestData.ContextOf(caller), _services, TestData.Clock())
            .Handle(new ServicesEnableCommand(TestData.Id(serviceId)), CancellationToken.None);
}
