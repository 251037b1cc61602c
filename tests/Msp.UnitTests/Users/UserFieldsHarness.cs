using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Application.Messaging;
using Msp.Application.Users;
using Msp.Application.Users.UserFields;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Users;

/// <summary>The ports users/register and users/update decide with, substituted, and the fields of a request.</summary>
internal sealed class UserFieldsHarness
{
    public ITenantReader Directory { get; } = Substitute.For<ITenantReader>();

    public IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    public IEmailTemplateReader Templates { get; } = Substitute.For<IEmailTemplateReader>();

    public IOutboxRepository Outbox { get; } = Substitute.For<IOutboxRepository>();

    public IPasswordHasher Hasher { get; } = Substitute.For<IPasswordHasher>();

    public ITokenRepository Tokens { get; } = Substitute.For<ITokenRepository>();

    public ITakenAnswerWindowRepository Windows { get; } = Substitute.For<ITakenAnswerWindowRepository>();

    public UserFieldsHarness()
    {
        Hasher.Hash(Arg.Any<string>()).Returns(call => "hash:" + call.Arg<string>());
        Users.PartnerExistsAsync(2, Arg.Any<CancellationToken>()).Returns(true);
        Users.FindLanguageIdAsync("de", Arg.Any<CancellationToken>()).Returns(2L);
        Users.OfferedServiceIdsAsync(2, Arg.Any<CancellationToken>()).Returns([3L, 4L]);
    }

    public static AccountFields Fields(
        long? userId = null,
        long? partnerId = 2,
        string? username = "new.user",
        string? email = "new.user@example.ch",
        string? password = "Secret#2026",
        string? language = null,
        string? services = null,
        long? templateId = null,
        string? mobil = null,
        string? status = null) => new(
        userId is { } u ? TestData.Id(u) : null,
        "Neu",
        partnerId is { } p ? TestData.Id(p) : null,
        "Nutzer",
        username,
        null,
        null,
        null,
        language,
        password,
        password,
        email,
        null,
        null,
        templateId is { } t ? TestData.Id(t) : null,
        mobil is null ? null : WirePhoneNumber.FromText(mobil),
        null,
        services,
        status is null ? null : WireFlag.FromText(status),
        null);

    public (TenantScope Scope, TakenAnswers Taken) ScopeOf(Caller caller, int takenAnswersPerHour = 20)
    {
        var context = TestData.ContextOf(caller);
        return (new TenantScope(context, Directory),
            new TakenAnswers(context, Windows, TestData.Clock(), Options.Create(new UsersOptions { TakenAnswersPerHour = takenAnswersPerHour })));
    }

    public IOptions<MessageLimitsOptions> Limits { get; } = Options.Create(new MessageLimitsOptions());
}
