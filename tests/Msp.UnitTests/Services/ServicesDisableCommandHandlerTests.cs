using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Services;
using Msp.Application.Services.ServicesDisable;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Services;

/// <summary>services/disable (spec 6.33): who may switch which service off, and what the write's answer means.</summary>
public sealed class ServicesDisableCommandHandlerTests
{
    private readonly IServiceRepository _services = Substitute.For<IServiceRepository>();

    [Fact]
    public async Task The_msp_admin_switches_any_service_off_at_the_clock_s_now()
    {
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, Active: true));
        _services.SwitchAsync(4, false, TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 4), """{"msg":"Service disabled"}""");
        await _services.Received(1).SwitchAsync(4, false, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_service_account_switches_its_own_service_off()
    {
        _services.FindAsync(3, Arg.Any<CancellationToken>()).Returns(new ServiceState(3, 910, Active: true));
        _services.SwitchAsync(3, false, TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.Service, 910, serviceId: 3), 3), """{"msg":"Service disabled"}""");
    }

    [Fact]
    public async Task A_service_account_may_not_switch_another_s_service_and_nothing_is_written()
    {
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, Active: true));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.Service, 910, serviceId: 3), 4), 400, """{"error":"unauthorized_client"}""");
        await _services.DidNotReceiveWithAnyArgs().SwitchAsync(default, default, default, default);
    }

    [Fact]
    public async Task An_unknown_service_is_not_found_for_every_caller()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.Service, 910, serviceId: 3), 99), 404, """{"msg":"Service not found"}""");
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 99), 404, """{"msg":"Service not found"}""");
        await _services.DidNotReceiveWithAnyArgs().SwitchAsync(default, default, default, default);
    }

    [Fact]
    public async Task When_the_write_finds_it_already_off_the_answer_is_already_disabled()
    {
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, Active: true));
        _services.SwitchAsync(4, false, TestData.Now, Arg.Any<CancellationToken>()).Returns(false);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 4), 402, """{"msg":"Service already disabled"}""");
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, long serviceId) =>
        new ServicesDisableCommandHandler(TestData.ContextOf(caller), _services, TestData.Clock())
            .Handle(new ServicesDisableCommand(TestData.Id(serviceId)), CancellationToken.None);
}
