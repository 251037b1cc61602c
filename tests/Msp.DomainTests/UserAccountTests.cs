using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class UserAccountTests
{
    private static readonly DateTime Now = new(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_account_never_locked_is_not_locked_out()
    {
        Assert.False(Account(lockedUntilUtc: null).IsLockedOut(Now));
    }

    [Fact]
    public void An_account_locked_until_later_is_locked_out()
    {
        Assert.True(Account(lockedUntilUtc: Now.AddSeconds(1)).IsLockedOut(Now));
    }

    [Fact]
    public void The_lock_ends_at_its_end_time()
    {
        Assert.False(Account(lockedUntilUtc: Now).IsLockedOut(Now));
        Assert.False(Account(lockedUntilUtc: Now.AddMinutes(-1)).IsLockedOut(Now));
    }

    [Theory]
    [InlineData(AccountStatus.Active, true)]
    [InlineData(AccountStatus.Disabled, false)]
    [InlineData(AccountStatus.PendingDeletion, false)]
    public void Only_an_active_account_may_sign_in(AccountStatus status, bool maySignIn)
    {
        Assert.Equal(maySignIn, Account(status: status).MaySignIn);
    }

    [Fact]
    public void Changing_the_password_replaces_the_hash()
    {
        var account = Account(passwordHash: "old");
        account.ChangePasswordHash("new");
        Assert.Equal("new", account.PasswordHash);
    }

    private static UserAccount Account(AccountStatus status = AccountStatus.Active, string passwordHash = "stored-hash", DateTime? lockedUntilUtc = null) =>
        new(42, Role.EndUser, status, passwordHash, 0, lockedUntilUtc);
}
