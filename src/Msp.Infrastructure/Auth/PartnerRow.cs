using Msp.Application.Auth.Profile;

namespace Msp.Infrastructure.Auth;

/// <summary>
/// The partner result set of <see cref="UserInfoSql.UserAndPartner"/> as one flat row. Mapping it flat and building the
/// bar button here costs a fraction of Dapper's multi-mapping, which on getUserInfo, the busiest read, was the largest
/// single cost of row mapping (bench/README.md).
/// </summary>
internal sealed class PartnerRow
{
    public string Company { get; init; } = "";

    public string Name { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Email { get; init; } = "";

    public string Logo { get; init; } = "";

    public string BackgroundImage { get; init; } = "";

    public string BackgroundSmartphoneImage { get; init; } = "";

    public string FontColorTop { get; init; } = "";

    public string ColorTop { get; init; } = "";

    public string FontColorService { get; init; } = "";

    public string FontColorBottom { get; init; } = "";

    public string SmartphoneAppName { get; init; } = "";

    public string LineColorSmartphone { get; init; } = "";

    public string FontColorSmartphone { get; init; } = "";

    public string BackgroundColorSmartphone { get; init; } = "";

    public string BackgroundColorWallTablet { get; init; } = "";

    public string BackgroundColorIconSmartphone { get; init; } = "";

    public bool PaidServices { get; init; }

    public bool SupportButton { get; init; }

    public string Url { get; init; } = "";

    public string FooterContent { get; init; } = "";

    public bool FooterActive { get; init; }

    public string ColorService { get; init; } = "";

    public string? BarButtonColor { get; init; }

    public string? BarButtonText { get; init; }

    public string? BarButtonUrl { get; init; }

    /// <summary>The spec's <c>"bar_button": null</c> when the BP has none, that is when all three columns are null.</summary>
    public PartnerBranding ToBranding() => new()
    {
        Company = Company,
        Name = Name,
        Phone = Phone,
        Email = Email,
        Logo = Logo,
        BackgroundImage = BackgroundImage,
        BackgroundSmartphoneImage = BackgroundSmartphoneImage,
        FontColorTop = FontColorTop,
        ColorTop = ColorTop,
        FontColorService = FontColorService,
        FontColorBottom = FontColorBottom,
        SmartphoneAppName = SmartphoneAppName,
        LineColorSmartphone = LineColorSmartphone,
        FontColorSmartphone = FontColorSmartphone,
        BackgroundColorSmartphone = BackgroundColorSmartphone,
        BackgroundColorWallTablet = BackgroundColorWallTablet,
        BackgroundColorIconSmartphone = BackgroundColorIconSmartphone,
        PaidServices = PaidServices,
        SupportButton = SupportButton,
        Url = Url,
        FooterContent = FooterContent,
        FooterActive = FooterActive,
        ColorService = ColorService,
        BarButton = BarButtonColor is null && BarButtonText is null && BarButtonUrl is null
            ? null
            : new BarButton { Color = BarButtonColor ?? "", Text = BarButtonText ?? "", Url = BarButtonUrl ?? "" },
    };
}
