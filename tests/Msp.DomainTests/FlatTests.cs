using Msp.Domain.RealEstate;

namespace Msp.DomainTests;

public sealed class FlatTests
{
    private static readonly FlatCity Winterthur = new(38, "Winterthur", "Zürich", "CH");

    [Theory]
    [InlineData(0, false, true)]
    [InlineData(1, true, false)]
    [InlineData(3, true, false)]
    public void A_flat_is_occupied_while_an_address_points_at_it_and_only_an_available_one_may_go(int occupants, bool occupied, bool mayBeDeleted)
    {
        var occupancy = new FlatOccupancy(occupants);

        Assert.Equal(occupied, occupancy.IsOccupied);
        Assert.Equal(mayBeDeleted, occupancy.MayBeDeleted);
    }

    [Fact]
    public void A_flat_takes_its_citys_state_unless_one_is_given()
    {
        Assert.Equal("Zürich", FlatCity.StateOfFlat(null, Winterthur));
        Assert.Equal("Thurgau", FlatCity.StateOfFlat("Thurgau", Winterthur));
    }

    [Fact]
    public void An_empty_state_given_is_a_state_given()
    {
        Assert.Equal("", FlatCity.StateOfFlat("", Winterthur));
    }

    [Fact]
    public void Without_a_new_city_or_a_state_the_state_is_left_as_it_is()
    {
        Assert.Null(FlatCity.StateOfFlat(null, null));
        Assert.Equal("Thurgau", FlatCity.StateOfFlat("Thurgau", null));
    }
}
