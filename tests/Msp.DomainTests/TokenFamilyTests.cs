using Msp.Domain.Auth;

namespace Msp.DomainTests;

public sealed class TokenFamilyTests
{
    private static readonly DateTime Now = new(2024, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_current_links_own_refresh_token_rotates_it()
    {
        var current = Link();

        Assert.Equal(RefreshDecision.Rotate, new TokenFamily(current).Refresh(current, Now));
    }

    [Fact]
    public void An_expired_access_token_may_still_be_refreshed()
    {
        var current = Link(expiresAtUtc: Now.AddDays(-1));

        Assert.Equal(RefreshDecision.Rotate, new TokenFamily(current).Refresh(current, Now));
    }

    [Fact]
    public void A_refresh_token_used_before_revokes_the_family()
    {
        var current = Link(id: 2);
        var used = Link(id: 1, refreshedAtUtc: Now.AddMinutes(-5), revokedAtUtc: Now.AddMinutes(-5));

        Assert.Equal(RefreshDecision.RevokeFamily, new TokenFamily(current).Refresh(used, Now));
    }

    [Fact]
    public void Reuse_is_recognised_even_with_a_revoked_access_token()
    {
        var refreshed = Link(refreshedAtUtc: Now.AddMinutes(-5), revokedAtUtc: Now.AddMinutes(-5));

        Assert.Equal(RefreshDecision.RevokeFamily, new TokenFamily(refreshed).Refresh(refreshed, Now));
    }

    [Fact]
    public void A_revoked_access_token_is_not_brought_back()
    {
        var revoked = Link(revokedAtUtc: Now.AddMinutes(-1));

        Assert.Equal(RefreshDecision.Unauthorized, new TokenFamily(revoked).Refresh(revoked, Now));
    }

    [Fact]
    public void An_unknown_refresh_token_or_one_of_another_family_is_refused_and_revokes_nothing()
    {
        var current = Link();

        Assert.Equal(RefreshDecision.Refuse, new TokenFamily(current).Refresh(null, Now));
        Assert.Equal(RefreshDecision.Refuse, new TokenFamily(current).Refresh(Link(id: 9, familyId: "other", refreshedAtUtc: Now), Now));
    }

    [Fact]
    public void Another_unused_link_of_the_family_is_refused()
    {
        Assert.Equal(RefreshDecision.Refuse, new TokenFamily(Link(id: 2)).Refresh(Link(id: 3), Now));
    }

    [Fact]
    public void An_expired_refresh_token_is_refused_at_its_expiry()
    {
        var current = Link(refreshExpiresAtUtc: Now);

        Assert.Equal(RefreshDecision.Refuse, new TokenFamily(current).Refresh(current, Now));
        Assert.Equal(RefreshDecision.Rotate, new TokenFamily(current).Refresh(current, Now.AddSeconds(-1)));
    }

    [Fact]
    public void A_rotation_lost_to_a_concurrent_refresh_is_reuse()
    {
        Assert.Equal(RefreshDecision.RevokeFamily, TokenFamily.RotationLost);
    }

    [Fact]
    public void The_family_is_named_by_its_current_link()
    {
        Assert.Equal("family-1", new TokenFamily(Link()).Id);
    }

    [Fact]
    public void A_link_is_live_until_it_expires_or_is_revoked()
    {
        Assert.True(Link().IsLive(Now));
        Assert.False(Link(expiresAtUtc: Now).IsLive(Now));
        Assert.False(Link(revokedAtUtc: Now.AddDays(-1)).IsLive(Now));
    }

    private static StoredToken Link(
        long id = 501,
        string familyId = "family-1",
        DateTime? expiresAtUtc = null,
        DateTime? refreshExpiresAtUtc = null,
        DateTime? refreshedAtUtc = null,
        DateTime? revokedAtUtc = null) =>
        new(id, 42, familyId, "Web", expiresAtUtc ?? Now.AddHours(1), refreshExpiresAtUtc ?? Now.AddDays(29), refreshedAtUtc, revokedAtUtc);
}
