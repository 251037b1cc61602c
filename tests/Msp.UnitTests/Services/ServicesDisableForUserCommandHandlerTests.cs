using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Services;
using Msp.Application.Services.UserServiceSwitch;
using Msp.Application.Services.ServicesDisableForUser;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Services;

/// <summary>services/disableforUser (spec 6.34): the subscription ends, whatever the BP offers; idempotent.</summary>
public sealed class ServicesDisableForUserCommandHandlerTests
{
    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IServiceRepository _services = Substitute.For<IServiceRepository>();

    [Fact]
    public async Task The_subscription_ends_without_asking_what_the_BP_offers()
    {
        _directory.FindUserAsync(955, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, false));
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, true));

        WireAssert.Success(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), 955, 4), """{"msg":"ok"}""");
        await _services.Received(1).UnsubscribeAsync(955, 4, Arg.Any<CancellationToken>());
        await _services.DidNotReceiveWithAnyArgs().IsOfferedByAsync(default, default, default);
    }

    [Fact]
    public async Task Another_BP_s_partner_admin_finds_no_user()
    {
        _directory.FindUserAsync(955, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, false));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1), 955, 4), 403, """{"msg":"No user found"}""");
        await _services.DidNotReceiveWithAnyArgs().UnsubscribeAsync(default, default, default);
    }

    [Fact]
    public async Task An_unknown_service_is_not_found()
    {
        _directory.FindUserAsync(955, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, false));

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 955, 99), 404, """{"msg":"Service not found"}""");
        await _services.DidNotReceiveWithAnyArgs().UnsubscribeAsync(default, default, default);
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, long userId, long serviceId) =>
        new UserServiceSwitchCommandHandler<ServicesDisableForUserCommand>(new TenantScope(TestData.ContextOf(caller), _directory), _services, TestData.Clock())
            .Handle(new ServicesDisableForUserCommand(TestData.Id(serviceId), TestData.Id(userId)), CancellationToken.None);
}
