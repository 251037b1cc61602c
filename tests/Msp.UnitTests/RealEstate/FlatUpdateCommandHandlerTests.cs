using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.RealEstate;
using Msp.Application.RealEstate.Fields;
using Msp.Application.RealEstate.FlatUpdate;
using Msp.Domain.Accounts;
using Msp.Domain.RealEstate;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.RealEstate;

/// <summary>flatUpdate (spec 6.13): the flat within reach, a new building within reach, the city again when the city or country changes.</summary>
public sealed class FlatUpdateCommandHandlerTests
{
    private static readonly FlatCity Zurich = new(1, "Zürich", "Zürich", "CH");

    private static readonly Caller Lindau = TestData.CallerAs(Role.PartnerAdmin, 921, partnerId: 2);

    private readonly IFlatRepository _flats = Substitute.For<IFlatRepository>();

    public FlatUpdateCommandHandlerTests() =>
        _flats.FindFlatAsync(2, 2, Arg.Any<CancellationToken>()).Returns(new FlatPlace(2, "CH", "Winterthur"));

    [Fact]
    public async Task Fields_without_building_or_place_change_are_written_as_given_without_lookups()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: null, country: null, city: null);
        _flats.UpdateAsync(2, 2, Arg.Any<FlatChange>(), TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(Lindau, 2, fields), """{"msg":"ok"}""");
        await _flats.Received(1).UpdateAsync(2, 2, new FlatChange(fields, null, null), TestData.Now, Arg.Any<CancellationToken>());
        await _flats.DidNotReceiveWithAnyArgs().FindBuildingPartnerAsync(default, default, default);
        await _flats.DidNotReceiveWithAnyArgs().FindCityAsync(default!, default!, default);
    }

    [Fact]
    public async Task A_new_city_alone_is_looked_up_in_the_flat_s_own_country()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: null, country: null, city: "zürich");
        _flats.FindCityAsync("zürich", "CH", Arg.Any<CancellationToken>()).Returns(Zurich);
        _flats.UpdateAsync(2, 2, Arg.Any<FlatChange>(), TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(Lindau, 2, fields), """{"msg":"ok"}""");
        await _flats.Received(1).UpdateAsync(2, 2, new FlatChange(fields, null, Zurich), TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_new_country_alone_is_looked_up_with_the_flat_s_own_city()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: null, country: "de", city: null);

        WireAssert.Failure(await Handle(Lindau, 2, fields), 404, """{"msg":"No city found"}""");
        await _flats.Received(1).FindCityAsync("Winterthur", "DE", Arg.Any<CancellationToken>());
        await _flats.DidNotReceiveWithAnyArgs().UpdateAsync(default, default, default!, default, default);
    }

    [Fact]
    public async Task A_move_to_a_building_within_reach_takes_the_building_s_BP()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: 7, country: null, city: null);
        _flats.FindBuildingPartnerAsync(7, null, Arg.Any<CancellationToken>()).Returns(1L);
        _flats.FindFlatAsync(2, null, Arg.Any<CancellationToken>()).Returns(new FlatPlace(2, "CH", "Winterthur"));
        _flats.UpdateAsync(2, null, Arg.Any<FlatChange>(), TestData.Now, Arg.Any<CancellationToken>()).Returns(true);

        WireAssert.Success(await Handle(TestData.CallerAs(Role.MspAdmin, 1), 2, fields), """{"msg":"ok"}""");
        await _flats.Received(1).UpdateAsync(2, null, new FlatChange(fields, 1, null), TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_building_out_of_reach_is_not_found()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: 7, country: null, city: null);

        WireAssert.Failure(await Handle(Lindau, 2, fields), 404, """{"msg":"No building found"}""");
        await _flats.DidNotReceiveWithAnyArgs().UpdateAsync(default, default, default!, default, default);
    }

    [Fact]
    public async Task A_flat_out_of_reach_or_gone_by_the_write_is_no_flat_found()
    {
        var fields = FlatCreateCommandHandlerTests.Fields(buildingId: null, country: null, city: null);

        WireAssert.Failure(await Handle(TestData.CallerAs(Role.PartnerAdmin, 920, partnerId: 1), 2, fields), 404, """{"error":"No flat found"}""");
        WireAssert.Failure(await Handle(Lindau, 2, fields), 404, """{"error":"No flat found"}""");
        await _flats.Received(1).UpdateAsync(2, 2, Arg.Any<FlatChange>(), TestData.Now, Arg.Any<CancellationToken>());
    }

    private Task<Result<MessageResponse>> Handle(Caller caller, long flatId, FlatFields fields) =>
        new FlatUpdateCommandHandler(TestData.ContextOf(caller), _flats, TestData.Clock())
            .Handle(new FlatUpdateCommand(TestData.Id(flatId), fields), CancellationToken.None);
}
