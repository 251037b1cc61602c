using Dapper;
using Msp.Application.RealEstate;
using Msp.Application.RealEstate.Fields;
using Msp.Domain.RealEstate;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.RealEstate;

/// <summary>
/// The flats' writes. The caller's reach is <see cref="InReach"/>, tested in the same statement that finds or changes
/// the row, so a row of another BP and a row that does not exist take the same statements and give the same answer.
/// </summary>
public sealed class FlatRepository(DbSession db) : IFlatRepository
{
    /// <summary>The parameter pair <c>@AnyPartner</c> (the msp admin) / <c>@PartnerId</c> (a partner admin's BP), from <see cref="Reach"/>.</summary>
    private const string InReach = "(@AnyPartner = 1 OR partner_id = @PartnerId)";

    private const string FindBuildingSql = $"""
        SELECT partner_id FROM buildings WHERE id = @BuildingId AND {InReach}
        """;

    private const string FindCitySql = """
        SELECT id AS Id, name AS Name, state AS State, country_iso AS CountryIso
        FROM cities WHERE LOWER(name) = LOWER(@Name) AND country_iso = @Country
        ORDER BY id
        """;

    private const string FindFlatSql = $"""
        SELECT partner_id AS PartnerId, country AS Country, city AS City
        FROM flats WHERE id = @FlatId AND {InReach}
        """;

    private const string InsertSql = """
        INSERT INTO flats (partner_id, building_id, country, state, city, city_id, street_name, street_number, postcode, floor,
            apartment_number, letter, code, size, created_at, updated_at)
        VALUES (@BuildingPartnerId, @BuildingId, @Country, @State, @CityName, @CityId, @StreetName,
            @StreetNumber, @Postcode, COALESCE(@Floor, 0), @ApartmentNumber, COALESCE(@Letter, ''), COALESCE(@Code, ''), @Size,
            @Now, @Now);
        SELECT {{last_id}};
        """;

    /// <summary>Only the given fields change; a new city brings its id, and its state unless one is given.</summary>
    private const string UpdateSql = $"""
        UPDATE flats SET
            partner_id = COALESCE(@BuildingPartnerId, partner_id),
            building_id = COALESCE(@BuildingId, building_id),
            country = COALESCE(@Country, country),
            state = COALESCE(@State, state),
            city = COALESCE(@CityName, city),
            city_id = COALESCE(@CityId, city_id),
            street_name = COALESCE(@StreetName, street_name),
            street_number = COALESCE(@StreetNumber, street_number),
            postcode = COALESCE(@Postcode, postcode),
            floor = COALESCE(@Floor, floor),
            apartment_number = COALESCE(@ApartmentNumber, apartment_number),
            letter = COALESCE(@Letter, letter),
            code = COALESCE(@Code, code),
            size = COALESCE(@Size, size),
            updated_at = @Now
        WHERE id = @FlatId AND {InReach}
        """;

    /// <summary>
    /// One statement: the flat goes only if no address points at it at that moment, so a flat an address is being
    /// pointed at cannot be deleted from under it (ADR 20, <see cref="FlatOccupancy.MayBeDeleted"/>). The test is on the
    /// row itself: the statement that points an address at the flat raises its occupants in the same transaction
    /// (migration 0030's trigger), so the two writes meet on this one row and whichever comes second sees the other's outcome.
    /// </summary>
    private const string DeleteSql = $$$"""
        DELETE FROM flats
        WHERE id = @FlatId AND {{{InReach}}} AND {{available(flats)}}
        """;

    private const string CountInReachSql = $"""
        SELECT COUNT(*) FROM flats WHERE id = @FlatId AND {InReach}
        """;

    public Task<long?> FindBuildingPartnerAsync(long buildingId, long? partnerId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<long?>(FindBuildingSql, Reach(partnerId, new { BuildingId = buildingId }), cancellationToken);

    public async Task<FlatCity?> FindCityAsync(string name, string country, CancellationToken cancellationToken) =>
        (await db.QueryAsync<FlatCity>(FindCitySql, new { Name = name, Country = country }, cancellationToken)).FirstOrDefault();

    public Task<FlatPlace?> FindFlatAsync(long flatId, long? partnerId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<FlatPlace>(FindFlatSql, Reach(partnerId, new { FlatId = flatId }), cancellationToken);

    public Task<long> CreateAsync(long buildingPartnerId, FlatFields fields, FlatCity city, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var parameters = Parameters(fields, city, nowUtc);
        parameters.Add("BuildingPartnerId", buildingPartnerId);
        return db.InsertAsync(InsertSql, parameters, cancellationToken);
    }

    public async Task<bool> UpdateAsync(long flatId, long? partnerId, FlatChange change, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var parameters = Parameters(change.Fields, change.City, nowUtc);
        parameters.AddDynamicParams(Reach(partnerId, new { FlatId = flatId, change.BuildingPartnerId }));
        return await db.ExecuteAsync(UpdateSql, parameters, cancellationToken) == 1;
    }

    public async Task<FlatDeletion> DeleteAsync(long flatId, long? partnerId, CancellationToken cancellationToken)
    {
        var key = Reach(partnerId, new { FlatId = flatId });
        if (await db.ExecuteAsync(DeleteSql, key, cancellationToken) == 1)
        {
            return FlatDeletion.Deleted;
        }

        return await db.QuerySingleOrDefaultAsync<long>(CountInReachSql, key, cancellationToken) > 0 ? FlatDeletion.Occupied : FlatDeletion.Missing;
    }

    private static DynamicParameters Reach(long? partnerId, object key)
    {
        var parameters = new DynamicParameters(key);
        parameters.Add("AnyPartner", partnerId is null ? 1 : 0);
        parameters.Add("PartnerId", partnerId ?? 0);
        return parameters;
    }

    private static DynamicParameters Parameters(FlatFields fields, FlatCity? city, DateTime nowUtc) => new(new
    {
        BuildingId = fields.BuildingId?.Value,
        Country = fields.Country?.Value,
        State = FlatCity.StateOfFlat(fields.State, city),
        CityName = city?.Name,
        CityId = city?.Id,
        fields.StreetName,
        fields.StreetNumber,
        fields.Postcode,
        Floor = fields.Floor?.Value,
        ApartmentNumber = fields.ApartmentNumber?.Value,
        fields.Letter,
        fields.Code,
        Size = fields.Size?.Value,
        Now = nowUtc,
    });
}
