using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;

namespace Msp.Application.RealEstate;

/// <summary>
/// flatListAvailable and flatListOccupied: a BP's flats that no address points at, and those one does (docs/contract.md §3).
/// A BP may have 20,000 flats, so neither the total nor a deep page may count or skip them one by one (ADR 0021, ADR
/// 0020). Migration 0030 stores each flat's occupants, indexes each list on its own (partial indexes on
/// the very conditions <c>{{available(p)}}</c> and <c>{{occupied(p)}}</c> render, ADR 30) and counts each BP's flats of a list per block of 1024 ids: the block holding
/// the flat at <c>@Offset</c> is the first whose running sum passes it, the page starts at that block's first id and
/// skips only the list's flats of the block before the offset, along the index, and whole rows are read for the page
/// only. The total sums the BP's blocks. Past the end there is no such block and the page is empty. Each flat is in
/// exactly one list at any moment: the two conditions are complements on one column, which the statement that points
/// an address at a flat changes (a trigger) along with the block counts.
/// </summary>
public static class FlatLists
{
    private const string Columns = """
        f.id AS Id, f.building_id AS BuildingId, f.country AS Country, f.state AS State, f.city AS City,
        f.street_name AS StreetName, f.street_number AS StreetNumber, f.postcode AS Postcode, f.floor AS Floor,
        f.apartment_number AS ApartmentNumber, f.letter AS Letter, f.code AS Code, f.size AS Size
        """;

    private const string AvailableSql = $$$"""
        WITH counted AS (
            SELECT block, flats, SUM(flats) OVER (ORDER BY block ROWS UNBOUNDED PRECEDING) AS through
            FROM flat_blocks
            WHERE partner_id = @PartnerId AND occupied = 0
        ),
        first_block AS (
            SELECT block, through - flats AS before
            FROM counted
            WHERE block = (SELECT MIN(block) FROM counted WHERE through > @Offset)
        )
        SELECT {{{Columns}}}
        FROM (SELECT p.id
              FROM flats p
              WHERE p.partner_id = @PartnerId AND {{available(p)}} AND p.id >= (SELECT block * 1024 FROM first_block)
              ORDER BY p.id {{page((SELECT COALESCE(MAX(@Offset - before), 0) FROM first_block))}}) k
        JOIN flats f ON f.id = k.id
        ORDER BY f.id;

        SELECT COALESCE(SUM(flats), 0) FROM flat_blocks WHERE partner_id = @PartnerId AND occupied = 0;
        """;

    private const string OccupiedSql = $$$"""
        WITH counted AS (
            SELECT block, flats, SUM(flats) OVER (ORDER BY block ROWS UNBOUNDED PRECEDING) AS through
            FROM flat_blocks
            WHERE partner_id = @PartnerId AND occupied = 1
        ),
        first_block AS (
            SELECT block, through - flats AS before
            FROM counted
            WHERE block = (SELECT MIN(block) FROM counted WHERE through > @Offset)
        )
        SELECT {{{Columns}}}
        FROM (SELECT p.id
              FROM flats p
              WHERE p.partner_id = @PartnerId AND {{occupied(p)}} AND p.id >= (SELECT block * 1024 FROM first_block)
              ORDER BY p.id {{page((SELECT COALESCE(MAX(@Offset - before), 0) FROM first_block))}}) k
        JOIN flats f ON f.id = k.id
        ORDER BY f.id;

        SELECT COALESCE(SUM(flats), 0) FROM flat_blocks WHERE partner_id = @PartnerId AND occupied = 1;
        """;

    /// <summary>
    /// A page of the BP's flats of one kind; a BP with no flat of the kind is 404 "No flat found" (docs/contract.md §3). A
    /// page past the end of a list that has flats is still a page.
    /// </summary>
    public static async Task<Result<DataList<Flat>>> ReadAsync(
        ISqlReader database, bool occupied, long partnerId, WireCount? offset, WireCount? limit, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(offset, limit);
        var (rows, total) = await database.PageAsync<Flat>(
            occupied ? OccupiedSql : AvailableSql, new { PartnerId = partnerId, page.Offset, page.Limit }, cancellationToken);
        return total == 0 ? RealEstateErrors.NoFlatFound : new DataList<Flat>(rows, page.IteratorFor(total));
    }
}
