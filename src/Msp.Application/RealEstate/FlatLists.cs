using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;

namespace Msp.Application.RealEstate;

/// <summary>
/// flatListAvailable and flatListOccupied: a BP's flats that no address points at, and those one does (CONTRACT.md §3).
/// Each flat is in exactly one of the two at any moment, because both read the same test on the same indexes. One pass
/// along (partner_id, id), probing the address index once per flat, yields both the page and the total (a window
/// count), and whole rows are read for the page only: a deep page costs about what the first one does, where a
/// separate COUNT would make it pay for the flats it skips twice. Only an empty page asks for the count on its own.
/// </summary>
public static class FlatLists
{
    private const string Columns = """
        f.id AS Id, f.building_id AS BuildingId, f.country AS Country, f.state AS State, f.city AS City,
        f.street_name AS StreetName, f.street_number AS StreetNumber, f.postcode AS Postcode, f.floor AS Floor,
        f.apartment_number AS ApartmentNumber, f.letter AS Letter, f.code AS Code, f.size AS Size, k.total AS Total
        """;

    private const string AvailableSql = $$$"""
        SELECT {{{Columns}}}
        FROM (SELECT p.id, COUNT(*) OVER (ORDER BY p.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total
              FROM flats p
              WHERE p.partner_id = @PartnerId AND NOT EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
              ORDER BY p.id {{page}}) k
        JOIN flats f ON f.id = k.id
        ORDER BY f.id
        """;

    private const string OccupiedSql = $$$"""
        SELECT {{{Columns}}}
        FROM (SELECT p.id, COUNT(*) OVER (ORDER BY p.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total
              FROM flats p
              WHERE p.partner_id = @PartnerId AND EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
              ORDER BY p.id {{page}}) k
        JOIN flats f ON f.id = k.id
        ORDER BY f.id
        """;

    private const string AvailableCountSql = """
        SELECT COUNT(*) FROM flats p
        WHERE p.partner_id = @PartnerId AND NOT EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
        """;

    private const string OccupiedCountSql = """
        SELECT COUNT(*) FROM flats p
        WHERE p.partner_id = @PartnerId AND EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = p.id)
        """;

    /// <summary>
    /// A page of the BP's flats of one kind; a BP with no flat of the kind is 404 "No flat found" (CONTRACT.md §3). A
    /// page past the end of a list that has flats is still a page.
    /// </summary>
    public static async Task<Result<DataList<Flat>>> ReadAsync(
        ISqlReader database, bool occupied, long partnerId, string? offset, string? limit, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(offset, limit);
        var rows = await database.ListAsync<FlatRow>(
            occupied ? OccupiedSql : AvailableSql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);
        var total = rows.Count > 0
            ? rows[0].Total
            : await database.SingleOrDefaultAsync<long>(occupied ? OccupiedCountSql : AvailableCountSql, new { PartnerId = partnerId }, cancellationToken);
        return total == 0 ? RealEstateErrors.NoFlatFound : new DataList<Flat>(rows, page.IteratorFor(total));
    }

    /// <summary>A flat with the total of its list; written to the wire as the <see cref="Flat"/> it is.</summary>
    private sealed class FlatRow : Flat
    {
        public long Total { get; init; }
    }
}
