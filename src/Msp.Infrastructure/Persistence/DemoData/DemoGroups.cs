namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>The user groups of docs/demo-data.md "Groups".</summary>
internal static class DemoGroups
{
    public static object[] Groups(DateTime now) =>
    [
        new { Id = 1L, PartnerId = 2L, Name = "Test user", Now = now },
        new { Id = 2L, PartnerId = 2L, Name = "Mitte", Now = now },
        new { Id = 5L, PartnerId = 1L, Name = "test Jorge", Now = now },
    ];

    public static readonly object[] Members =
    [
        new { GroupId = 5L, AccountId = 896L },
        new { GroupId = 5L, AccountId = 1097L },
        new { GroupId = 5L, AccountId = 1154L },
        new { GroupId = 1L, AccountId = 955L },
        new { GroupId = 2L, AccountId = 955L },
    ];
}
