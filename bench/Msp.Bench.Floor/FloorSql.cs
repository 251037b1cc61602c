namespace Msp.Bench.Floor;

/// <summary>
/// The statements getUserInfo runs, copied from CallerReader (by token), UserProfileReader and TokenRepository
/// (newest session), so the floor measures the same database work as the API.
/// </summary>
internal static class FloorSql
{
    public const string CallerByToken = """
        SELECT a.id AS UserId, a.role_id AS RoleId, a.partner_id AS PartnerId,
               (SELECT MIN(s.id) FROM services s WHERE s.owner_account_id = a.id) AS ServiceId,
               t.id AS AccessTokenId, t.expires_at AS ExpiresAt
        , NULL AS DeviceSessionId
        FROM access_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = @Hash AND t.revoked_at IS NULL AND t.expires_at > @Now AND a.status = 1
        """;

    public const string Profile = """
        SELECT a.id AS Id, a.name AS Name, a.lastname AS Lastname, a.email AS Email, a.gender AS Gender,
               a.username AS Username, a.default_address_id AS DefaultAddressId, a.telephone AS Telephone,
               a.mobil AS Mobil, a.fax AS Fax, a.status AS Status, a.image AS Image, a.demo AS Demo,
               a.payment_allowed AS PaymentAllowed, l.iso AS Language, COALESCE(p.internal_number, '') AS BpInternalNumber
        FROM accounts a
        JOIN languages l ON l.id = a.language_id
        LEFT JOIN business_partners p ON p.id = a.partner_id
        WHERE a.id = @UserId;

        SELECT p.company AS Company, p.name AS Name, p.phone AS Phone, p.email AS Email, b.logo AS Logo,
               b.background_image AS BackgroundImage, b.background_smartphone_image AS BackgroundSmartphoneImage,
               b.font_color_top AS FontColorTop, b.color_top AS ColorTop, b.font_color_service AS FontColorService,
               b.font_color_bottom AS FontColorBottom, b.smartphone_app_name AS SmartphoneAppName,
               b.line_color_smartphone AS LineColorSmartphone, b.font_color_smartphone AS FontColorSmartphone,
               b.background_color_smartphone AS BackgroundColorSmartphone,
               b.background_color_wall_tablet AS BackgroundColorWallTablet,
               b.background_color_icon_smartphone AS BackgroundColorIconSmartphone,
               b.paid_services AS PaidServices, b.support_button AS SupportButton, b.url AS Url,
               b.footer_content AS FooterContent, b.footer_active AS FooterActive, b.color_service AS ColorService,
               b.bar_button_color AS BarButtonColor, b.bar_button_text AS BarButtonText, b.bar_button_url AS BarButtonUrl
        FROM accounts a
        JOIN business_partners p ON p.id = a.partner_id
        JOIN partner_branding b ON b.partner_id = p.id
        WHERE a.id = @UserId;

        SELECT service_id FROM subscriptions WHERE account_id = @UserId ORDER BY service_id;

        SELECT s.id AS Id, s.name AS Name, s.params AS Params, s.admin_url AS AdminUrl, s.type AS Type,
               s.created_at AS CreatedAt, s.updated_at AS UpdatedAt, s.image AS Image, s.webview_url AS WebviewUrl,
               s.doc_url AS DocUrl, s.active AS Active, s.owner_account_id AS UserId, s.managername AS Managername,
               s.category_id AS CategoryId, s.device_type AS DeviceType, s.description AS Description,
               s.smart_image AS SmartImage, s.internal_use AS InternalUse, s.currency AS Currency, s.vat AS Vat,
               s.available_in_app AS AvailableInApp, s.in_wall AS InWall, s.in_wall_image AS InWallImage,
               s.available_in_web AS AvailableInWeb, s.api_url AS ApiUrl, s.subscription AS Subscription,
               s.address_specific AS AddressSpecific,
               CASE WHEN s.active = 1 AND sub.account_id IS NOT NULL THEN 1 ELSE 0 END AS Usable
        FROM services s
        LEFT JOIN subscriptions sub ON sub.service_id = s.id AND sub.account_id = @UserId
        WHERE s.id IN (SELECT ps.service_id FROM partner_services ps JOIN accounts a ON a.partner_id = ps.partner_id WHERE a.id = @UserId)
           OR s.owner_account_id = @UserId
           OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = @UserId AND a.role_id = 1)
        ORDER BY s.id;

        SELECT id AS Id, iso AS Iso, name AS Name FROM languages ORDER BY id;

        SELECT c.id AS Id, c.parent_id AS ParentId, c.name AS Name, c.image AS Image, c.active AS Active,
               c.smart_image AS SmartImage, c.in_wall_image AS InWallImage
        FROM categories c
        WHERE c.id IN (
            SELECT s.category_id FROM services s
            WHERE s.id IN (SELECT ps.service_id FROM partner_services ps JOIN accounts a ON a.partner_id = ps.partner_id WHERE a.id = @UserId)
               OR s.owner_account_id = @UserId
               OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = @UserId AND a.role_id = 1))
        ORDER BY c.id;
        """;

    public const string NewestSessionId = """
        SELECT public_id FROM device_sessions
        WHERE id = (SELECT MAX(id) FROM device_sessions WHERE access_token_id = @TokenId)
        """;
}
