using Msp.Domain.Accounts;
using Msp.Domain.SeedWork;

namespace Msp.DomainTests;

public sealed class AccountTests
{
    [Theory]
    [InlineData(AccountStatus.Active, true, true)]
    [InlineData(AccountStatus.Disabled, false, true)]
    [InlineData(AccountStatus.PendingDeletion, false, false)]
    public void A_status_says_whether_the_account_is_active_and_whether_readers_see_it(AccountStatus status, bool active, bool visible)
    {
        Assert.Equal(active, status.IsActive());
        Assert.Equal(visible, status.IsVisible());
        Assert.Equal(active, EndUser(status).IsActive);
        Assert.Equal(visible, EndUser(status).IsVisible);
    }

    [Theory]
    [InlineData(AccountStatus.Active, AccountStatus.Disabled)]
    [InlineData(AccountStatus.Active, AccountStatus.PendingDeletion)]
    [InlineData(AccountStatus.Disabled, AccountStatus.PendingDeletion)]
    [InlineData(AccountStatus.PendingDeletion, AccountStatus.Disabled)]
    [InlineData(AccountStatus.Disabled, AccountStatus.Disabled)]
    public void Any_status_but_active_ends_the_sessions_from_whatever_status_the_account_had(AccountStatus from, AccountStatus to)
    {
        var account = EndUser(from);

        var change = account.ChangeStatus(to);

        Assert.Equal(to, account.Status);
        Assert.True(change.EndsSessions);
    }

    [Theory]
    [InlineData(AccountStatus.Disabled)]
    [InlineData(AccountStatus.PendingDeletion)]
    [InlineData(AccountStatus.Active)]
    public void Becoming_active_ends_nothing_and_takes_an_account_back_out_of_pending_deletion(AccountStatus from)
    {
        var account = EndUser(from);

        var change = account.ChangeStatus(AccountStatus.Active);

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.False(change.EndsSessions);
    }

    [Theory]
    [InlineData(Role.MspAdmin)]
    [InlineData(Role.PartnerAdmin)]
    [InlineData(Role.Service)]
    public void Only_an_end_users_status_changes(Role role)
    {
        var account = new Account(7, role, 1, AccountStatus.Active);

        Assert.False(account.MayChangeStatus);
        var broken = Assert.Throws<BusinessRuleBrokenException>(() => account.ChangeStatus(AccountStatus.Disabled));
        Assert.IsType<OnlyEndUsersChangeStatus>(broken.Rule);
        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Fact]
    public void An_end_user_may_change_status()
    {
        Assert.True(EndUser(AccountStatus.Active).MayChangeStatus);
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(AccountStatus.Active, false, false)]
    [InlineData(AccountStatus.Disabled, false, true)]
    [InlineData(null, true, true)]
    [InlineData(AccountStatus.Active, true, true)]
    public void An_update_ends_the_sessions_with_a_new_password_or_a_status_other_than_active(AccountStatus? status, bool newPassword, bool endsSessions)
    {
        var account = EndUser(AccountStatus.Active);

        Assert.Equal(endsSessions, account.Update(status, newPassword).EndsSessions);
        Assert.Equal(status ?? AccountStatus.Active, account.Status);
    }

    [Fact]
    public void An_update_that_names_no_status_of_a_disabled_account_ends_nothing()
    {
        var account = EndUser(AccountStatus.Disabled);

        Assert.False(account.Update(null, newPassword: false).EndsSessions);
        Assert.Equal(AccountStatus.Disabled, account.Status);
    }

    [Theory]
    [InlineData(Role.EndUser, AccountStatus.PendingDeletion)]
    [InlineData(Role.PartnerAdmin, AccountStatus.Active)]
    [InlineData(Role.MspAdmin, AccountStatus.Active)]
    public void Neither_an_account_pending_deletion_nor_one_that_is_no_end_user_is_updated(Role role, AccountStatus status)
    {
        var account = new Account(7, role, 1, status);

        Assert.False(account.MayBeUpdated);
        Assert.Throws<BusinessRuleBrokenException>(() => account.Update(AccountStatus.Active, newPassword: false));
    }

    [Theory]
    [InlineData(AccountStatus.Active)]
    [InlineData(AccountStatus.Disabled)]
    public void A_visible_end_user_may_be_updated(AccountStatus status)
    {
        Assert.True(EndUser(status).MayBeUpdated);
    }

    [Fact]
    public void Only_a_visible_end_user_of_a_BP_holds_subscriptions()
    {
        Assert.True(EndUser(AccountStatus.Active).MayHoldSubscriptions);
        Assert.True(EndUser(AccountStatus.Disabled).MayHoldSubscriptions);
        Assert.False(EndUser(AccountStatus.PendingDeletion).MayHoldSubscriptions);
        Assert.False(new Account(7, Role.EndUser, null, AccountStatus.Active).MayHoldSubscriptions);
        Assert.False(new Account(7, Role.PartnerAdmin, 1, AccountStatus.Active).MayHoldSubscriptions);
    }

    private static Account EndUser(AccountStatus status) => new(955, Role.EndUser, 2, status);
}
