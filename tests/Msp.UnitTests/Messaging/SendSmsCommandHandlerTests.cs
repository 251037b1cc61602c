using Microsoft.Extensions.Options;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Messaging.SendSms;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Messaging;

/// <summary>sendSMS (spec 6.32, ADR 15): the target user's stored mobile number, only where SMS may go.</summary>
public sealed class SendSmsCommandHandlerTests
{
    private readonly IRecipientReader _recipients = Substitute.For<IRecipientReader>();
    private readonly IOutboxRepository _outbox = Substitute.For<IOutboxRepository>();

    [Fact]
    public async Task The_text_is_queued_to_the_user_s_number_in_E164()
    {
        _recipients.MobileNumberAsync(955, Arg.Any<CancellationToken>()).Returns("+41783338763");

        WireAssert.Success(await Handle(), """{"status":"ok","msg":"1 sms prepared"}""");
        await _outbox.Received(1).EnqueueAsync(OutgoingMessage.Sms("+41783338763", "Your box is ready"), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("")] // none stored
    [InlineData("0783338763")] // stored before numbers were checked: not E.164
    [InlineData("+881612345678")] // a satellite range no SMS goes to
    public async Task A_user_without_a_number_the_platform_texts_is_empty_mobil_user_and_nothing_is_queued(string stored)
    {
        _recipients.MobileNumberAsync(955, Arg.Any<CancellationToken>()).Returns(stored);

        WireAssert.Failure(await Handle(), 200, """{"status":"error","msg":"empty mobil user"}""");
        await _outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
    }

    private Task<Result<StatusResponse>> Handle()
    {
        var target = new TargetUser { User = new ScopedUser(955, Role.EndUser, 2, AccountStatus.Active, false) };
        return new SendSmsCommandHandler(target, _recipients, _outbox, Options.Create(new MessageLimitsOptions()))
            .Handle(new SendSmsCommand(TestData.Id(955), "Your box is ready"), CancellationToken.None);
    }
}
