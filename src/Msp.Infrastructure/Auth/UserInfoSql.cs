using System.Data.Common;
using Msp.Application.Auth.Profile;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// The spec's <c>user_info</c> object and its <c>partner</c>, as two result sets for <c>@UserId</c>. Login and
/// getUserInfo read them inside their larger profile query, getBasicUserInfo on their own: one text, one shape. The
/// rows are read by hand, column by column in the SELECT's order, next to it.
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
        var user = await sets.ReadSingleOrDefaultAsync(UserRow);
        var partner = await sets.ReadSingleOrDefaultAsync(PartnerRow);
        if (user is not null)
        {
            user.Partner = partner;
        }

        return user;
    }

    /// <summary>The first SELECT's columns, in its order (this runs on every login and getUserInfo: ADR 35).</summary>
    private static UserInfo UserRow(DbDataReader row) => new()
    {
        Id = row.Int64At(0),
        Name = row.TextAt(1),
        Lastname = row.TextAt(2),
        Email = row.TextAt(3),
        Gender = row.TextAt(4),
        Username = row.TextAt(5),
        DefaultAddressId = row.NullableInt64At(6),
        Telephone = row.TextAt(7),
        Mobil = row.TextAt(8),
        Fax = row.TextAt(9),
        Status = row.Int32At(10),
        Image = row.TextAt(11),
        Demo = row.Int32At(12),
        PaymentAllowed = row.TextAt(13),
        Language = row.TextAt(14),
        BpInternalNumber = row.TextAt(15),
    };

    /// <summary>
    /// The second SELECT's columns, in its order. Its last three are the bar button, its own object, or the spec's
    /// <c>"bar_button": null</c> when the BP has none (all three null).
    /// </summary>
    private static PartnerBranding PartnerRow(DbDataReader row)
    {
        var (color, text, url) = (row.NullableTextAt(23), row.NullableTextAt(24), row.NullableTextAt(25));
        return new PartnerBranding
        {
            Company = row.TextAt(0),
            Name = row.TextAt(1),
            Phone = row.TextAt(2),
            Email = row.TextAt(3),
            Logo = row.TextAt(4),
            BackgroundImage = row.TextAt(5),
            BackgroundSmartphoneImage = row.TextAt(6),
            FontColorTop = row.TextAt(7),
            ColorTop = row.TextAt(8),
            FontColorService = row.TextAt(9),
            FontColorBottom = row.TextAt(10),
            SmartphoneAppName = row.TextAt(11),
            LineColorSmartphone = row.TextAt(12),
            FontColorSmartphone = row.TextAt(13),
            BackgroundColorSmartphone = row.TextAt(14),
            BackgroundColorWallTablet = row.TextAt(15),
            BackgroundColorIconSmartphone = row.TextAt(16),
            PaidServices = row.FlagAt(17),
            SupportButton = row.FlagAt(18),
            Url = row.TextAt(19),
            FooterContent = row.TextAt(20),
            FooterActive = row.FlagAt(21),
            ColorService = row.TextAt(22),
            BarButton = color is null && text is null && url is null ? null : new BarButton { Color = color ?? "", Text = text ?? "", Url = url ?? "" },
        };
    }
}
