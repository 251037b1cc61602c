using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Services;
using Msp.Application.Services.UserServiceSwitch;
using Msp.Application.Services.ServicesEnableForUser;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Services;

/// <summary>services/enableforUser (spec 6.36): an end user of the caller's reach, a service its BP offers.</summary>
public sealed class ServicesEnableForUserCommandHandlerTests
{
    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IServiceRepository _services = Substitute.For<IServiceRepository>();

    private static Caller LindauAdmin => TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2);

    [Fact]
    public async Task A_partner_admin_subscribes_its_end_user_to_a_service_the_BP_offers()
    {
        User(955, Role.EndUser, partnerId: 2);
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, true));
        _services.IsOfferedByAsync(2, 4, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(LindauAdmin, 955, 4), """{"msg":"ok"}""");
        await _services.Received(1).SubscribeAsync(955, 4, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_service_the_user_s_BP_does_not_offer_is_not_found_for_that_user()
    {
        User(955, Role.EndUser, partnerId: 2);
        _services.FindAsync(6, Arg.Any<CancellationToken>()).Returns(new ServiceState(6, null, true));

        WireAssert.Failure(await Handle(LindauAdmin, 955, 6), 404, """{"msg":"Service not found"}""");
        await _services.DidNotReceiveWithAnyArgs().SubscribeAsync(default, default, default, default);
    }

    [Theory]
    [InlineData(Role.PartnerAdmin, 2L, AccountStatus.Active)] // not an end user
    [InlineData(Role.EndUser, 1L, AccountStatus.Active)] // another BP's user
    [InlineData(Role.EndUser, 2L, AccountStatus.PendingDeletion)]
    public async Task Users_out_of_reach_pending_deletion_or_not_end_users_are_not_found(Role role, long partnerId, AccountStatus status)
    {
        User(955, role, partnerId, status);
        _services.FindAsync(4, Arg.Any<CancellationToken>()).Returns(new ServiceState(4, 911, true));
        _services.IsOfferedByAsync(Arg.Any<long>(), 4, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Failure(await Handle(LindauAdmin, 955, 4), 403, """{"msg":"No user found"}""");
        await _services.DidNotReceiveWithAnyArgs().SubscribeAsync(default, default, default, default);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found_before_the_service_is_looked_up()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 99999, 4), 403, """{"msg":"No user found"}""");
        await _services.DidNotReceiveWithAnyArgs().FindAsync(default, default);
    }

    [Fact]
    public async Task The_msp_admin_reaches_any_BP_s_end_user()
    {
        User(1097, Role.EndUser, partnerId: 1);
        _services.FindAsync(3, Arg.Any<CancellationToken>()).Returns(new ServiceState(3, 910, true));
        _services.IsOfferedByAsync(1, 3, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 1097, 3), """{"msg":"ok"}""");
        await _services.Received(1).SubscribeAsync(1097, 3, TestData.Now, Arg.Any<CancellationToken>());
    }

    private void User(long id, Role role, long partnerId, AccountStatus status = AccountStatus.Active) =>
        _directory.FindUserAsync(id, Arg.Any<long?>(), Arg.Any<CancellationToken>()).Returns(new ScopedUser(id, role, partnerId, status, false));

    private Task<Result<MessageResponse>> Handle(Caller caller, long userId, long serviceId) =>
        new UserServiceSwitchCommandHandler<ServicesEnableForUserCommand>(new TenantScope(TestData.ContextOf(caller), _directory), _services, TestData.Clock())
            .Handle(new ServicesEnableForUserCommand(TestData.Id(serviceId), TestData.Id(userId)), CancellationToken.None);
}
