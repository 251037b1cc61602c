using System.Data.Common;
using Msp.Application.Auth;
using Msp.Application.Auth.Profile;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// The query side of login and getUserInfo: six result sets in one round trip, read straight into the wire
/// models. A user sees the active services its BP offers; a service account its own; the platform admin all of them.
/// A service switched off (services/disable) leaves every list until it is switched on again. The rows are read by
/// hand, column by column in each SELECT's order (ADR 35).
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
        var subscribed = await sets.ReadAsync(static row => row.Int64At(0));
        var services = await sets.ReadAsync(ServiceRow);
        var languages = await sets.ReadAsync(static row => new AvailableLanguage { Id = row.Int64At(0), Iso = row.TextAt(1), Name = row.TextAt(2) });
        var categories = await sets.ReadAsync(CategoryRow);
        return new UserProfile(user, subscribed, services, languages, categories);
    }

    /// <summary>The services SELECT's columns, in its order: a user's profile holds every service its BP offers.</summary>
    private static AvailableService ServiceRow(DbDataReader row) => new()
    {
        Id = row.Int64At(0),
        Name = row.TextAt(1),
        Params = row.TextAt(2),
        AdminUrl = row.TextAt(3),
        Type = row.Int32At(4),
        CreatedAt = row.TimeAt(5),
        UpdatedAt = row.TimeAt(6),
        Image = row.TextAt(7),
        WebviewUrl = row.TextAt(8),
        DocUrl = row.TextAt(9),
        Active = row.Int32At(10),
        UserId = row.NullableInt64At(11),
        Managername = row.TextAt(12),
        CategoryId = row.Int64At(13),
        DeviceType = row.Int32At(14),
        Description = row.TextAt(15),
        SmartImage = row.TextAt(16),
        InternalUse = row.Int32At(17),
        Currency = row.Int32At(18),
        Vat = row.TextAt(19),
        AvailableInApp = row.Int32At(20),
        InWall = row.Int32At(21),
        InWallImage = row.TextAt(22),
        AvailableInWeb = row.Int32At(23),
        ApiUrl = row.TextAt(24),
        Subscription = row.Int32At(25),
        AddressSpecific = row.Int32At(26),
        Usable = row.FlagAt(27),
    };

    private static ServiceCategory CategoryRow(DbDataReader row) => new()
    {
        Id = row.Int64At(0),
        ParentId = row.NullableInt64At(1),
        Name = row.TextAt(2),
        Image = row.TextAt(3),
        Active = row.Int32At(4),
        SmartImage = row.TextAt(5),
        InWallImage = row.TextAt(6),
    };
}
