using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Application.RealEstate;
using Msp.Application.RealEstate.FlatCreate;
using Msp.Application.RealEstate.Fields;
using Msp.Domain.Accounts;
using Msp.Domain.RealEstate;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.RealEstate;

/// <summary>flatCreate (spec 6.9, ADR 20): the building within the caller's reach, then the city, then the flat in the building's BP.</summary>
public sealed class FlatCreateCommandHandlerTests
{
    private static readonly FlatCity Winterthur = new(38, "Winterthur", "Zürich", "CH");

    private readonly IFlatRepository _flats = Substitute.For<IFlatRepository>();

    internal static FlatFields Fields(long? buildingId = 1, string? country = "ch", string? city = "winterthur") => new(
        buildingId is { } b ? TestData.Id(b) : null, country is null ? null : WireCountry.FromText(country), null, city, "Markt", "12", "8400",
        null, null, null, null, null);

    [Fact]
    public async Task A_partner_admin_creates_the_flat_in_its_BP_s_building_and_gets_its_id()
    {
        _flats.FindBuildingPartnerAsync(1, 2, Arg.Any<CancellationToken>()).Returns(2L);
        _flats.FindCityAsync("winterthur", "CH", Arg.Any<CancellationToken>()).Returns(Winterthur);
        _flats.CreateAsync(2, Arg.Any<FlatFields>(), Winterthur, TestData.Now, Arg.Any<CancellationToken>()).Returns(3L);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), Fields()), """{"msg":"ok","data":{"id":3}}""");
    }

    [Fact]
    public async Task The_msp_admin_reaches_every_BP_and_the_flat_goes_to_the_building_s_BP()
    {
        _flats.FindBuildingPartnerAsync(5, null, Arg.Any<CancellationToken>()).Returns(1L);
        _flats.FindCityAsync("winterthur", "CH", Arg.Any<CancellationToken>()).Returns(Winterthur);
        _flats.CreateAsync(1, Arg.Any<FlatFields>(), Winterthur, TestData.Now, Arg.Any<CancellationToken>()).Returns(4L);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), Fields(buildingId: 5)), """{"msg":"ok","data":{"id":4}}""");
    }

    [Fact]
    public async Task A_building_out_of_reach_is_not_found_and_the_city_is_not_even_looked_up()
    {
        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1), Fields()), 404, """{"msg":"No building found"}""");
        await _flats.DidNotReceiveWithAnyArgs().FindCityAsync(default!, default!, default);
        await _flats.DidNotReceiveWithAnyArgs().CreateAsync(default, default!, default!, default, default);
    }

    [Fact]
    public async Task A_city_unknown_in_the_country_is_not_found_and_nothing_is_created()
    {
        _flats.FindBuildingPartnerAsync(1, 2, Arg.Any<CancellationToken>()).Returns(2L);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2), Fields(city: "Atlantis")), 404, """{"msg":"No city found"}""");
        await _flats.DidNotReceiveWithAnyArgs().CreateAsync(default, default!, default!, default, default);
    }

    private Task<Result<FlatCreateResponse>> Handle(Caller caller, FlatFields fields) =>
        new FlatCreateCommandHandler(TestData.ContextOf(caller), _flats, TestData.Clock()).Handle(new FlatCreateCommand(fields), CancellationToken.None);
}
