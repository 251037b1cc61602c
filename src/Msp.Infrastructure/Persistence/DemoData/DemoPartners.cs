namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>The two business partners of docs/demo-data.md, branded as the spec's login (BP 1) and getBasicUserInfo (BP 2) examples.</summary>
internal static class DemoPartners
{
    private const string Img = "http://esp-development.streamnow.ch/img/";

    public static object[] Partners(DateTime now) =>
    [
        new { Id = 1L, Company = "V-ZUG", Name = "V Zug", Phone = "", Email = "vzug@streamnow.ch", Now = now },
        new { Id = 2L, Company = "lindaufiber", Name = "Gemeinde  Lindau", Phone = "+41 58 206 44 00", Email = "lindaufiber@streamnow.ch", Now = now },
    ];

    public static readonly object[] Branding =
    [
        new
        {
            PartnerId = 1L,
            Logo = Img + "users/4e2545f819e67f0615003dd7e04a6087.jpeg",
            BackgroundImage = Img + "partner/background4e2545f819e67f0615003dd7e04a6087.jpeg",
            BackgroundSmartphoneImage = Img + "partner/background_smartphone4e2545f819e67f0615003dd7e04a6087.jpeg",
            FontColorTop = "rgba(255,255,255,1)",
            ColorTop = "rgba(40,59,154,1)",
            FontColorService = "rgba(0,0,0,1)",
            FontColorBottom = "rgba(0,0,0,1)",
            SmartphoneAppName = "",
            LineColorSmartphone = "rgba(0,0,0,1)",
            FontColorSmartphone = "rgba(0,0,0,1)",
            BackgroundColorSmartphone = "rgba(40,59,154,1)",
            BackgroundColorWallTablet = "",
            BackgroundColorIconSmartphone = "rgba(0,0,0,1)",
            PaidServices = false,
            SupportButton = false,
            Url = "",
            FooterContent = "",
            FooterActive = false,
            ColorService = "",
            BarButtonColor = (string?)null,
            BarButtonText = (string?)null,
            BarButtonUrl = (string?)null,
        },
        new
        {
            PartnerId = 2L,
            Logo = Img + "users/1ce927f875864094e3906a4a0b5ece68.png",
            BackgroundImage = Img + "partner/background1ce927f875864094e3906a4a0b5ece68.png",
            BackgroundSmartphoneImage = Img + "partner/background_smartphone1ce927f875864094e3906a4a0b5ece68.png",
            FontColorTop = "rgba(255,255,255,1)",
            ColorTop = "rgba(29,153,29,1)",
            FontColorService = "rgba(251,251,251,1)",
            FontColorBottom = "rgba(1,1,1,1)",
            SmartphoneAppName = "LINDAUFIBER",
            LineColorSmartphone = "rgba(27,121,67,1)",
            FontColorSmartphone = "rgba(255,255,255,1)",
            BackgroundColorSmartphone = "rgba(29,153,29,1)",
            BackgroundColorWallTablet = "rgba(35,35,35,1)",
            BackgroundColorIconSmartphone = "rgba(27,121,67,1)",
            PaidServices = true,
            SupportButton = false,
            Url = "www.lindaufiber.ch",
            FooterContent = " ",
            FooterActive = true,
            ColorService = "rgba(29,153,29,1)",
            BarButtonColor = (string?)"",
            BarButtonText = (string?)"",
            BarButtonUrl = (string?)"",
        },
    ];
}
