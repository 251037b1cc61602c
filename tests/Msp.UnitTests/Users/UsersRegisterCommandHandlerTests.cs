using Msp.Application.Audit;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Users;
using Msp.Application.Users.UserFields;
using Msp.Application.Users.UsersRegister;
using Msp.Domain.Accounts;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Users;

/// <summary>
/// users/register (spec 6.43, ADR 15, 17): a new end user in the caller's reach, its subscriptions among what the BP
/// offers, the welcome email in the chosen language, and every "Bad parameters" decided before anything is written.
/// </summary>
public sealed class UsersRegisterCommandHandlerTests
{
    private const string BadParameters = """{"msg":"Bad parameters"}""";

    private static readonly Caller LindauAdmin = TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2);

    private readonly UserFieldsHarness _ports = new();

    [Fact]
    public async Task A_registration_writes_the_account_its_subscriptions_and_the_welcome_email_filled_in()
    {
        _ports.Users.CreateAsync(Arg.Any<UserRow>(), TestData.Now, Arg.Any<CancellationToken>()).Returns(1200L);
        _ports.Templates.FindAsync(1, "de", Arg.Any<CancellationToken>()).Returns(new EmailTemplateText("Willkommen {name}", "Hallo {name} {lastname}, dein Login: {username}"));

        WireAssert.Success(
            await Handle(LindauAdmin, UserFieldsHarness.Fields(language: "DE", services: "3,4", templateId: 1)), """{"msg":"Ok"}""");

        await _ports.Users.Received(1).CreateAsync(
            Arg.Is<UserRow>(r => r.Username == "new.user" && r.Email == "new.user@example.ch" && r.PasswordHash == "hash:Secret#2026" && r.PartnerId == 2),
            TestData.Now,
            Arg.Any<CancellationToken>());
        await _ports.Users.Received(1).ReplaceSubscriptionsAsync(1200, Arg.Is<IReadOnlyCollection<long>>(s => s.SequenceEqual(new[] { 3L, 4L })), TestData.Now, Arg.Any<CancellationToken>());
        await _ports.Outbox.Received(1).EnqueueAsync(
            OutgoingMessage.Email("new.user@example.ch", "Willkommen Neu", "Hallo Neu Nutzer, dein Login: new.user"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_registration_without_a_template_sends_no_email_and_without_services_subscribes_to_nothing()
    {
        _ports.Users.CreateAsync(Arg.Any<UserRow>(), TestData.Now, Arg.Any<CancellationToken>()).Returns(1200L);

        WireAssert.Success(await Handle(LindauAdmin, UserFieldsHarness.Fields()), """{"msg":"Ok"}""");
        await _ports.Outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
        await _ports.Users.DidNotReceiveWithAnyArgs().ReplaceSubscriptionsAsync(default, default!, default, default);
    }

    [Fact]
    public async Task Another_BP_is_invalid_access()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1), UserFieldsHarness.Fields()), 403, """{"msg":"invalid access"}""");
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task An_unknown_BP_language_service_or_template_is_bad_parameters_and_nothing_is_written()
    {
        var admin = TestData.CallerAs(Role.MspAdmin, 1);
        WireAssert.Failure(await Handle(admin, UserFieldsHarness.Fields(partnerId: 77)), 402, BadParameters);
        WireAssert.Failure(await Handle(admin, UserFieldsHarness.Fields(language: "xx")), 402, BadParameters);
        WireAssert.Failure(await Handle(admin, UserFieldsHarness.Fields(services: "3,5")), 402, BadParameters);
        WireAssert.Failure(await Handle(admin, UserFieldsHarness.Fields(templateId: 9)), 402, BadParameters);
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task A_mobile_number_in_a_range_no_SMS_goes_to_is_bad_parameters()
    {
        WireAssert.Failure(await Handle(LindauAdmin, UserFieldsHarness.Fields(mobil: "+881612345678")), 402, BadParameters);
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task A_taken_username_or_email_is_counted_and_answered_bad_parameters()
    {
        _ports.Users.IsTakenAsync("new.user", "new.user@example.ch", 0, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Failure(await Handle(LindauAdmin, UserFieldsHarness.Fields()), 402, BadParameters);
        await _ports.Windows.Received(1).CountAsync(921, TimeSpan.FromHours(1), TestData.Now, Arg.Any<CancellationToken>());
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task Taken_since_the_read_the_unique_index_decides_and_nothing_else_is_written()
    {
        _ports.Users.CreateAsync(Arg.Any<UserRow>(), TestData.Now, Arg.Any<CancellationToken>()).Returns((long?)null);
        _ports.Templates.FindAsync(1, "en", Arg.Any<CancellationToken>()).Returns(new EmailTemplateText("Welcome", "Hi"));

        WireAssert.Failure(await Handle(LindauAdmin, UserFieldsHarness.Fields(services: "3", templateId: 1)), 402, BadParameters);
        await _ports.Users.DidNotReceiveWithAnyArgs().ReplaceSubscriptionsAsync(default, default!, default, default);
        await _ports.Outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
    }

    [Fact]
    public async Task A_caller_past_its_taken_answers_gets_the_429_with_the_rest_of_its_hour_before_anything_is_read()
    {
        _ports.Windows.FullUntilAsync(921, 20, TimeSpan.FromHours(1), TestData.Now, Arg.Any<CancellationToken>()).Returns(TestData.Now.AddMinutes(25));

        var result = await Handle(LindauAdmin, UserFieldsHarness.Fields());

        WireAssert.Failure(result, 429, """{"error":"Too many requests. Please try again later."}""");
        Assert.Equal(TimeSpan.FromMinutes(25), result.Error!.RetryAfter);
        await _ports.Users.DidNotReceiveWithAnyArgs().IsTakenAsync(default, default, default, default);
        await NothingWrittenAsync();
    }

    private async Task NothingWrittenAsync()
    {
        await _ports.Users.DidNotReceiveWithAnyArgs().CreateAsync(default!, default, default);
        await _ports.Users.DidNotReceiveWithAnyArgs().UpdateAsync(default, default!, default, default);
        await _ports.Outbox.DidNotReceiveWithAnyArgs().EnqueueAsync(default!, default);
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, AccountFields fields)
    {
        var (scope, taken) = _ports.ScopeOf(caller);
        return new UserFieldsCommandHandler<UsersRegisterCommand>(scope, _ports.Users, _ports.Templates, _ports.Outbox, _ports.Hasher, _ports.Tokens, taken, _ports.Limits, new AuditEntry(), TestData.Clock())
            .Handle(new UsersRegisterCommand(fields), CancellationToken.None);
    }
}
