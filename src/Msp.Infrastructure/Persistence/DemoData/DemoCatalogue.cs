namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>Roles, languages, categories, services, offers and subscriptions of docs/demo-data.md.</summary>
internal static class DemoCatalogue
{
    private const string Img = "http://esp-development.streamnow.ch/img/";

    public static readonly object[] Roles =
    [
        new { Id = 1, Code = "msp_admin", Name = "MSP administrator" },
        new { Id = 2, Code = "partner_admin", Name = "Business partner administrator" },
        new { Id = 3, Code = "service", Name = "Service provider" },
        new { Id = 4, Code = "end_user", Name = "End user" },
    ];

    public static readonly object[] Languages =
    [
        new { Id = 1, Iso = "en", Name = "English" },
        new { Id = 2, Iso = "es", Name = "Español" },
        new { Id = 3, Iso = "de", Name = "Deutsch" },
        new { Id = 4, Iso = "it", Name = "Italiano" },
        new { Id = 5, Iso = "fr", Name = "Français" },
    ];

    public static readonly object[] Categories =
    [
        Category(12, "Wohninfos", "c20ad4d76fe97759aa27a0c99bff6710"),
        Category(13, "Kommunikation", "c51ce410c124a10e0db5e4b97fc2af39"),
        Category(14, "Unterhaltung", "aab3238922bcc25a6f606eb525ffdc56"),
        Category(15, "Sicherheit", "9bf31c7ff062936a96d3c8bd1f8f2ff3"),
    ];

    public static readonly object[] Services =
    [
        Service(3, "Dokumente", 12, 910, "Docman", "https://docman.livingservices.com/index.php/", "https://docman.livingservices.com:8086/",
            "eccbc87e4b5ce2fe28308fd9f2a7baf3", "69cff6c7ca7b779b8c285a633a783a16", "c46f835677bfb4899117c3bf068e5b1a", "WPnp4PCU",
            new DateTime(2015, 5, 14, 10, 48, 4, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
        Service(4, "Telefonie", 13, 911, "Comlite", "https://comlite.example/admin/", "https://comlite.example/api/",
            "a87ff679a2f3e71d9181a67b7542122c", "comlite-admin", "comlite-admin-secret", "CmLt2016",
            new DateTime(2015, 6, 2, 9, 0, 0, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
        Service(5, "My Entertainment", 14, null, "My Entertainment", "https://entertainment.example/admin/", "https://entertainment.example/api/",
            "e4da3b7fbbce2345d7772b0674a318d5", "", "", "",
            new DateTime(2016, 1, 11, 8, 30, 0, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
        Service(6, "My Restaurant", 14, null, "Lunchgate", "https://lunchgate.example/admin/", "https://lunchgate.example/api/",
            "1679091c5a880faf6fb5e6087eb1b2dc", "", "", "",
            new DateTime(2016, 2, 3, 12, 0, 0, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
        Service(7, "My VPN", 15, null, "My VPN", "https://myvpn.example/admin/", "https://myvpn.example/api/",
            "8f14e45fceea167a5a36dedd4bea2543", "", "", "",
            new DateTime(2016, 3, 7, 15, 45, 0, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
        Service(8, "SW Dokumente", 12, null, "SW Docman", "https://sw-docman.example/index.php/", "https://sw-docman.example:8086/",
            "c9f0f895fb98ab9159f51fd0297e236d", "", "", "",
            new DateTime(2016, 4, 19, 10, 0, 0, DateTimeKind.Utc), new DateTime(2016, 7, 27, 7, 10, 38, DateTimeKind.Utc)),
    ];

    public static readonly object[] Offers =
    [
        new { PartnerId = 1L, ServiceId = 3L },
        .. Enumerable.Range(3, 6).Select(id => new { PartnerId = 2L, ServiceId = (long)id }),
    ];

    public static readonly (long AccountId, long ServiceId)[] Subscriptions =
    [
        (1097, 3),
        .. Enumerable.Range(3, 6).Select(id => (955L, (long)id)),
    ];

    private static object Category(long id, string name, string imageKey) => new
    {
        Id = id,
        Name = name,
        Image = $"{Img}categories/{imageKey}.png",
        SmartImage = $"{Img}categories/smart{imageKey}.png",
        InWallImage = $"{Img}categories/inwall_{imageKey}.png",
    };

    private static object Service(
        long id,
        string name,
        long category,
        long? owner,
        string upstream,
        string adminUrl,
        string apiUrl,
        string imageKey,
        string admin,
        string adminPassword,
        string secretId,
        DateTime createdAt,
        DateTime updatedAt) => new
    {
        Id = id,
        Name = name,
        CategoryId = category,
        OwnerAccountId = owner,
        Upstream = upstream,
        AdminUrl = adminUrl,
        Image = $"{Img}services/{imageKey}.png",
        WebviewUrl = apiUrl,
        DocUrl = apiUrl + "swagger/",
        Admin = admin,
        AdminPassword = adminPassword,
        SecretId = secretId,
        SmartImage = $"{Img}services/smart_{imageKey}.png",
        InWallImage = $"{Img}services/inwall_{imageKey}.png",
        ApiUrl = apiUrl,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };
}
