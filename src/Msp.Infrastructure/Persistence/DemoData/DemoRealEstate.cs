namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>
/// The real estate of docs/demo-data.md "Places and hardware": BP 2's residence R-100 "Lindau Mitte", its building 1 "Haus A",
/// and the building's flats 1 and 2. User 955's address 194 points at flat 1 (<see cref="DemoPlaces"/>), so flat 1 is
/// occupied and flat 2 available.
/// </summary>
internal static class DemoRealEstate
{
    public const string InsertResidenceSql = """
        INSERT INTO residences (id, partner_id, residence_number, name, postcode, city, created_at, updated_at)
        VALUES (@Id, @PartnerId, @ResidenceNumber, @Name, @Postcode, @City, @Now, @Now)
        """;

    public const string InsertBuildingSql = """
        INSERT INTO buildings (id, partner_id, residence_id, name, street_name, street_number, created_at, updated_at)
        VALUES (@Id, @PartnerId, @ResidenceId, @Name, @StreetName, @StreetNumber, @Now, @Now)
        """;

    public const string InsertFlatSql = """
        INSERT INTO flats (id, partner_id, building_id, country, state, city, city_id, street_name, street_number, postcode,
            floor, apartment_number, letter, code, size, created_at, updated_at)
        VALUES (@Id, @PartnerId, @BuildingId, 'CH', 'Zürich', 'Winterthur', 38, 'Markt', '12', '8400',
            @Floor, @ApartmentNumber, '', @Code, @Size, @Now, @Now)
        """;

    public static object[] Residences(DateTime now) =>
    [
        new { Id = 1L, PartnerId = 2L, ResidenceNumber = "R-100", Name = "Lindau Mitte", Postcode = "8400", City = "Winterthur", Now = now },
    ];

    public static object[] Buildings(DateTime now) =>
    [
        new { Id = 1L, PartnerId = 2L, ResidenceId = 1L, Name = "Haus A", StreetName = "Markt", StreetNumber = "12", Now = now },
    ];

    public static object[] Flats(DateTime now) =>
    [
        new { Id = 1L, PartnerId = 2L, BuildingId = 1L, Floor = 1, ApartmentNumber = 1, Code = "R-100-A-1", Size = 85, Now = now },
        new { Id = 2L, PartnerId = 2L, BuildingId = 1L, Floor = 2, ApartmentNumber = 2, Code = "R-100-A-2", Size = 72, Now = now },
    ];
}
