using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;

namespace Msp.Application.RealEstate;

/// <summary>
/// flatListAvailable and flatListOccupied: a BP's flats that no address points at, and those one does (CONTRACT.md §3).
/// Each flat is in exactly one of the two at any moment, because both read the same test on the same index. The page
/// skips its offset along (partner_id, id) and the address index alone, then reads whole rows for the page only, so a
/// deep page costs about what the count costs (db/*/0026_real_estate.sql).
/// </summary>
public static class FlatLists
{
    private const string Columns = """
        f.id AS Id, f.building_id AS BuildingId, f.country AS Country, f.state AS State, f.city AS City,
        f.street_name AS StreetName, f.street_number AS StreetNumber, f.postcode AS Postcode, f.floor AS Floor,
        f.apartment_number AS ApartmentNumber, f.letter AS Letter, f.code AS Code, f.size AS Size
        """;

    private const string AvailableSql = $$$"""
        SELECT {{{Columns}}}
        FROM flats f
        WHERE f.id IN (SELECT p.id FROM flats p
                       WHERE p.partner_id = @PartnerId AND NOT EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
                       ORDER BY p.id {{page}})
        ORDER BY f.id;

        SELECT COUNT(*) FROM flats p
        WHERE p.partner_id = @PartnerId AND NOT EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id);
        """;

    private const string OccupiedSql = $$$"""
        SELECT {{{Columns}}}
        FROM flats f
        WHERE f.id IN (SELECT p.id FROM flats p
                       WHERE p.partner_id = @PartnerId AND EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
                       ORDER BY p.id {{page}})
        ORDER BY f.id;

        SELECT COUNT(*) FROM flats p
        WHERE p.partner_id = @PartnerId AND EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id);
        """;

    /// <summary>
    /// A page of the BP's flats of one kind. A BP out of the caller's reach gets the unauthorized body (CONTRACT.md §2:
    /// the lists document no 403); a BP with no flat of the kind, 404 "No flat found" (§3). A page past the end of a
    /// list that has flats is still a page.
    /// </summary>
    public static async Task<Result<DataList<Flat>>> ReadAsync(
        ISqlReader database, bool occupied, long partnerId, string? offset, string? limit, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(offset, limit);
        var (rows, total) = await database.PageAsync<Flat>(
            occupied ? OccupiedSql : AvailableSql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);
        return total == 0 ? RealEstateErrors.NoFlatFound : new DataList<Flat>(rows, page.IteratorFor(total));
    }
}
