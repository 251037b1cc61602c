namespace Msp.Application.Auth.Profile;

/// <summary>The spec's <c>partner</c> object: the BP's contact data and the branding its apps paint themselves with.</summary>
public sealed class PartnerBranding
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

    public BarButton? BarButton { get; set; }
}

/// <summary>The optional call-to-action bar; null when the BP has none.</summary>
public sealed class BarButton
{
    public string Color { get; init; } = "";

    public string Text { get; init; } = "";

    public string Url { get; init; } = "";
}
