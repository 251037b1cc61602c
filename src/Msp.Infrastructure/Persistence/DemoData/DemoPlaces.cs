namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>The cities and addresses of docs/demo-data.md "Places and hardware".</summary>
internal static class DemoPlaces
{
    public const long JorgeHomeAddressId = 194;

    public static readonly object[] Cities =
    [
        new { Id = 37L, Name = "Aadorf", State = "Thurgau" },
        new { Id = 38L, Name = "Winterthur", State = "Zürich" },
        new { Id = 39L, Name = "Basel", State = "Basel-Stadt" },
        new { Id = 40L, Name = "Zürich", State = "Zürich" },
        new { Id = 41L, Name = "Schlieren", State = "Zürich" },
        new { Id = 42L, Name = "Lindau", State = "Zürich" },
    ];

    /// <summary>User 955's home: billing and installation address, in flat 1 of building 1, with its hardware.</summary>
    public static object[] Addresses(DateTime now) =>
    [
        new
        {
            Id = JorgeHomeAddressId,
            AccountId = 955L,
            Name = "My Home",
            Gender = "male",
            Firstname = "Jorge",
            Lastname = "Sanchez",
            StreetAddress = "Markt",
            StreetNumber = "12",
            Postcode = "8400",
            City = "Winterthur",
            CityId = 38L,
            State = "Zürich",
            Lat = "47.4991723",
            Lng = "8.7291498",
            ApartmentNumber = "1",
            Oto = "OTO-0955",
            IsgIp = "8.8.8.8",
            IsgMac = "AA:BB:CC:00:09:55",
            Smb1Mac = "11:11:22:33:44:99",
            Smb2Mac = "11:11:22:33:44:77",
            Smb3Mac = "11:11:22:33:44:88",
            PhoneMac = "AA:BB:CC:00:19:55",
            PhoneMacModel = "GXP1610",
            BuildingId = 1L,
            FlatId = 1L,
            Now = now,
        },
    ];
}
