namespace Msp.Infrastructure.Auth;

/// <summary>The partner result set of <see cref="UserInfoSql"/>: flat columns, which the mapper nests into the wire object.</summary>
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
}
