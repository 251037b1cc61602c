using Msp.Domain.Addresses;

namespace Msp.DomainTests;

public sealed class MacAddressTests
{
    [Theory]
    [InlineData("AA:BB:CC:00:09:55")]
    [InlineData("aa:bb:cc:00:09:55")]
    [InlineData("AA-BB-CC-00-09-55")]
    [InlineData("aabbcc000955")]
    public void Every_written_form_gives_the_canonical_one(string written)
    {
        Assert.Equal("AA:BB:CC:00:09:55", MacAddress.Parse(written)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AA:BB:CC:00:09")]
    [InlineData("AA:BB:CC:00:09:55:66")]
    [InlineData("AA:BB-CC:00:09:55")]
    [InlineData("AABB.CC00.0955")]
    [InlineData("GG:BB:CC:00:09:55")]
    [InlineData("AA:BB:CC:00:09:55\n")]
    [InlineData(" AA:BB:CC:00:09:55")]
    public void Anything_else_is_no_MAC(string written)
    {
        Assert.Null(MacAddress.Parse(written));
    }

    [Fact]
    public void Forms_of_one_MAC_are_equal_and_print_canonically()
    {
        var mac = MacAddress.Parse("aa-bb-cc-00-09-55")!;

        Assert.Equal(MacAddress.Parse("AABBCC000955"), mac);
        Assert.Equal("AA:BB:CC:00:09:55", mac.ToString());
        Assert.Equal(MacAddress.Length, mac.Value.Length);
    }
}
