using Msp.Application.Auth;
using Msp.Application.Auth.Profile;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// The query side of login and getUserInfo: six result sets in one round trip, read straight into the wire
/// models. A user sees the active services its BP offers; a service account its own; the platform admin all of them.
/// A service switched off (services/disable) leaves every list until it is switched on again.
/// </summary>
public sealed class UserProfileReader(DbSession db) : IUserProfileReader
{
    internal const string ProfileSql = UserInfoSql.UserAndPartner + """

        SELECT service_id FROM subscriptions WHERE account_id = @UserId ORDER BY service_id;

        SELECT s.id AS Id, s.name AS Name, s.params AS Params, s.admin_url AS AdminUrl, s.type AS Type,
               s.created_at AS CreatedAt, s.updated_at AS UpdatedAt, s.image AS Image, s.webview_url AS WebviewUrl,
               s.doc_url AS DocUrl, s.active AS Active, s.owner_account_id AS UserId, s.managername AS Managername,
               s.category_id AS CategoryId, s.device_type AS DeviceType, s.description AS Description,
               s.smart_image AS SmartImage, s.internal_use AS InternalUse, s.currency AS Currency, s.vat AS Vat,
               s.available_in_app AS AvailableInApp, s.in_wall AS InWall, s.in_wall_image AS InWallImage,
               s.available_in_web AS AvailableInWeb, s.api_url AS ApiUrl, s.subscription AS Subscription,
               s.address_specific AS AddressSpecific,
               CASE WHEN {{enabled(s)}} AND sub.account_id IS NOT NULL THEN 1 ELSE 0 END AS Usable
        FROM services s
        LEFT JOIN subscriptions sub ON sub.service_id = s.id AND sub.account_id = @UserId
        WHERE {{enabled(s)}}
          AND (s.id IN (SELECT ps.service_id FROM partner_services ps JOIN accounts a ON a.partner_id = ps.partner_id WHERE a.id = @UserId)
            OR s.owner_account_id = @UserId
            OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = @UserId AND a.role_id = 1))
        ORDER BY s.id;

        SELECT id AS Id, iso AS Iso, name AS Name FROM languages ORDER BY id;

        SELECT c.id AS Id, c.parent_id AS ParentId, c.name AS Name, c.image AS Image, c.active AS Active,
               c.smart_image AS SmartImage, c.in_wall_image AS InWallImage
        FROM categories c
        WHERE c.id IN (
            SELECT s.category_id FROM services s
            WHERE {{enabled(s)}}
              AND (s.id IN (SELECT ps.service_id FROM partner_services ps JOIN accounts a ON a.partner_id = ps.partner_id WHERE a.id = @UserId)
                OR s.owner_account_id = @UserId
                OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = @UserId AND a.role_id = 1)))
        ORDER BY c.id;
        """;

    public async Task<UserProfile> ReadAsync(long userId, CancellationToken cancellationToken)
    {
        await using var sets = await db.QueryResultSetsAsync(ProfileSql, new { UserId = userId }, cancellationToken);
        var user = await UserInfoSql.ReadAsync(sets) ?? throw new InvalidOperationException($"Account {userId} has no profile.");
        var subscribed = await sets.ReadAsync<long>();
        var services = await sets.ReadAsync<AvailableService>();
        var languages = await sets.ReadAsync<AvailableLanguage>();
        var categories = await sets.ReadAsync<ServiceCategory>();
        return new UserProfile(user, subscribed, services, languages, categories);
    }
}
