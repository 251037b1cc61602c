using Msp.Domain.Addresses;

namespace Msp.DomainTests;

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("8.8.8.8", "8.8.8.8")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("::1", "::1")]
    [InlineData("::ffff:8.8.8.8", "::ffff:8.8.8.8")]
    public void An_address_is_kept_in_its_canonical_form(string written, string canonical)
    {
        Assert.Equal(canonical, IpAddress.Parse(written)?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("8.8.8")]
    [InlineData("8.8.8.8.8")]
    [InlineData("256.1.1.1")]
    [InlineData("010.0.0.1")]
    [InlineData("1.2.3.-4")]
    [InlineData("+1.2.3.4")]
    [InlineData(" 8.8.8.8")]
    [InlineData("8.8.8.8 ")]
    [InlineData("134744072")]
    [InlineData("0x8.8.8.8")]
    [InlineData("٨.٨.٨.٨")]
    [InlineData("fe80::1%eth0")]
    [InlineData("[2001:db8::1]")]
    [InlineData("2001:db8::g")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("not an ip")]
    public void Anything_else_is_no_address(string written)
    {
        Assert.Null(IpAddress.Parse(written));
    }

    [Fact]
    public void Two_writings_of_one_address_are_equal()
    {
        Assert.Equal(IpAddress.Parse("2001:db8:0::1"), IpAddress.Parse("2001:DB8::0:1"));
    }
}
