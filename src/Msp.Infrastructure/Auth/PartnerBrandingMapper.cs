using Msp.Application.Auth.Profile;
using Riok.Mapperly.Abstractions;

namespace Msp.Infrastructure.Auth;

/// <summary>Flat partner rows to the spec's nested <c>partner</c> object; a column without a target fails the build.</summary>
[Mapper]
internal static partial class PartnerBrandingMapper
{
    [MapPropertyFromSource(nameof(PartnerBranding.BarButton), Use = nameof(ToBarButton))]
    [MapperIgnoreSource(nameof(PartnerRow.BarButtonColor))]
    [MapperIgnoreSource(nameof(PartnerRow.BarButtonText))]
    [MapperIgnoreSource(nameof(PartnerRow.BarButtonUrl))]
    public static partial PartnerBranding ToBranding(PartnerRow row);

    /// <summary>A BP without any bar-button column set has none: the spec shows <c>"bar_button": null</c>.</summary>
    private static BarButton? ToBarButton(PartnerRow row) =>
        row.BarButtonColor is null && row.BarButtonText is null && row.BarButtonUrl is null
            ? null
            : new BarButton { Color = row.BarButtonColor ?? "", Text = row.BarButtonText ?? "", Url = row.BarButtonUrl ?? "" };
}
