using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Messaging.EmailSend;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Messaging;

/// <summary>email/send (spec 6.8): whom a caller may write to, and the message queued in the outbox, not sent.</summary>
public sealed class EmailSendCommandHandlerTests
{
    private readonly ITenantReader _directory = Substitute.For<ITenantReader>();
    private readonly IOutboxRepository _outbox = Substitute.For<IOutboxRepository>();

    [Fact]
    public async Task An_end_user_writes_to_an_address_of_its_own_BP_and_the_email_is_queued_as_given()
    {
        _directory.IsPartnerAddressAsync(2, "antonio@example.ch", Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(Jorge, "antonio@example.ch"), """{"status":"ok"}""");
        await _outbox.Received(1).EnqueueAsync(OutgoingMessage.Email("antonio@example.ch", "Hello", "Dinner at eight?"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_end_user_writing_outside_its_BP_gets_invalid_email_and_nothing_is_queued()
    {
        WireAssert.Failure(await Handle(Jorge, "someone@elsewhere.example"), 403, "\"Invalid email\"");
        await _outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
    }

    [Fact]
    public async Task An_end_user_of_no_BP_may_write_to_nobody()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.EndUser, 42), "antonio@example.ch"), 403, "\"Invalid email\"");
        await _directory.DidNotReceiveWithAnyArgs().IsPartnerAddressAsync(default, default!, default);
    }

    [Theory]
    [InlineData(Role.MspAdmin)]
    [InlineData(Role.PartnerAdmin)]
    [InlineData(Role.Service)]
    public async Task Other_callers_write_anywhere_without_a_lookup(Role role)
    {
        WireAssert.Success(await Handle(TestData.CallerAs(role, 7, partnerId: 1, serviceId: 3), "someone@elsewhere.example"), """{"status":"ok"}""");
        await _directory.DidNotReceiveWithAnyArgs().IsPartnerAddressAsync(default, default!, default);
        await _outbox.Received(1).EnqueueAsync(Arg.Is<OutgoingMessage>(m => m.Recipient == "someone@elsewhere.example"), Arg.Any<CancellationToken>());
    }

    private static Caller Jorge => TestData.CallerAs(Role.EndUser, 955, partnerId: 2);

    private Task<Result<StatusResponse>> Handle(Caller caller, string email) =>
        new EmailSendCommandHandler(new TenantScope(TestData.ContextOf(caller), _directory), _outbox)
            .Handle(new EmailSendCommand(email, "Hello", "Dinner at eight?"), CancellationToken.None);
}
