using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Msp.Application.Auth;
using Msp.Application.Auth.Profile;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using Msp.Application.Common.Validation;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;

namespace Msp.UnitTests.Support;

/// <summary>Builders for the values the Auth handlers work on; every test starts from the same instant.</summary>
internal static class TestData
{
    /// <summary>A winter instant, so that <see cref="WireTimeFormatter"/> answers in CET (UTC+1).</summary>
    public static readonly DateTime Now = new(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(Now));

    public static WireTimeFormatter Times() => new(Options.Create(new PlatformOptions()));

    public static UserAccount Account(
        long id = 42,
        AccountStatus status = AccountStatus.Active,
        string passwordHash = "stored-hash",
        int failedLogins = 0,
        DateTime? lockedUntilUtc = null) =>
        new(id, Role.EndUser, status, passwordHash, failedLogins, lockedUntilUtc);

    public static UserProfile Profile(long userId = 42) => new(
        new UserInfo { Id = userId, Name = "Jorge", Username = "jorge" },
        [7, 9],
        [new AvailableService { Id = 7, Name = "Docman" }],
        [new AvailableLanguage { Id = 1, Iso = "de", Name = "Deutsch" }],
        [new ServiceCategory { Id = 12, Name = "Documents" }]);

    public static Caller Caller(long userId = 42, long accessTokenId = 501, long? deviceSessionId = 9001) =>
        new(userId, Role.EndUser, PartnerId: 3, ServiceId: null, accessTokenId, Now.AddHours(5), deviceSessionId);

    public static CallerContext ContextOf(Caller caller) => new() { Caller = caller };

    /// <summary>A caller of any role: the msp admin (1), a partner admin of BP 2 (921), a service account (910, service 3).</summary>
    public static Caller CallerAs(Role role, long userId, long? partnerId = null, long? serviceId = null) =>
        new(userId, role, partnerId, serviceId, 501, Now.AddHours(5), null);

    public static WireId Id(long id) => WireId.FromText(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static CallerContext ContextWith(string? accessToken, string? sessionCookie = null) =>
        new() { Credentials = new RequestCredentials(accessToken, sessionCookie) };

    public static StoredToken Token(
        long id = 501,
        long accountId = 42,
        string familyId = "family-1",
        DateTime? expiresAtUtc = null,
        DateTime? refreshExpiresAtUtc = null,
        DateTime? refreshedAtUtc = null,
        DateTime? revokedAtUtc = null) =>
        new(id, accountId, familyId, "Web", expiresAtUtc ?? Now.AddHours(1), refreshExpiresAtUtc ?? Now.AddDays(29), refreshedAtUtc, revokedAtUtc);

    /// <summary>The string a validator sees from a client that sends far more than any field may hold.</summary>
    public static string Long(int length) => new('x', length);
}
