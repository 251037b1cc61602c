using System.Data.Common;
using Msp.Application.Auth.Profile;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// The spec's <c>user_info</c> object and its <c>partner</c>, as two result sets for <c>@UserId</c>. Login and
/// getUserInfo read them inside their larger profile query, getBasicUserInfo on their own: one text, one shape.
/// </summary>
internal static class UserInfoSql
{
    public const string UserAndPartner = """
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
        """;

    /// <summary>Reads the two result sets of <see cref="UserAndPartner"/>; null when the account does not exist.</summary>
    public static async Task<UserInfo?> ReadAsync(ResultSets sets)
    {
        var user = await sets.ReadSingleOrDefaultAsync<UserInfo>();
        var partner = await sets.ReadSingleOrDefaultAsync<PartnerBranding>(WithBarButton);
        if (user is not null)
        {
            user.Partner = partner;
        }

        return user;
    }

    /// <summary>
    /// The bar button's three columns become its own object, or the spec's <c>"bar_button": null</c> when the BP has
    /// none (all three null). Read off the same row: cheaper than Dapper's multi-mapping on the busiest read.
    /// </summary>
    private static PartnerBranding WithBarButton(PartnerBranding partner, DbDataReader row)
    {
        // The partner SELECT ends with the three bar button columns; by name the reader would look each one up anew.
        var first = row.FieldCount - 3;
        var (color, text, url) = (Text(row, first), Text(row, first + 1), Text(row, first + 2));
        partner.BarButton = color is null && text is null && url is null
            ? null
            : new BarButton { Color = color ?? "", Text = text ?? "", Url = url ?? "" };
        return partner;
    }

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
