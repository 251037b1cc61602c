using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+41783338763")]
    [InlineData("+41 78 333 87 63")]
    [InlineData("0041 78 333 87 63")]
    [InlineData("+41 (0)78 333-87-63")]
    [InlineData("+41.78.333.87.63")]
    [InlineData("+41/78/3338763")]
    [InlineData(" +41783338763 ")]
    public void Written_forms_of_one_number_give_its_E164_text(string written)
    {
        Assert.Equal("+41783338763", PhoneNumber.Parse(written)!.Value);
    }

    [Theory]
    [InlineData("079 123 45 67")]
    [InlineData("41783338763")]
    [InlineData("+4178333876x")]
    [InlineData("+0783338763")]
    [InlineData("+123456")]
    [InlineData("+1234567890123456")]
    [InlineData("+41 78 333 87 63 ext 12 and more text")]
    [InlineData("")]
    public void A_national_a_malformed_or_an_impossible_number_is_none(string written)
    {
        Assert.Null(PhoneNumber.Parse(written));
    }

    [Fact]
    public void The_shortest_and_the_longest_numbers_in_service_are_numbers()
    {
        Assert.NotNull(PhoneNumber.Parse("+" + new string('1', PhoneNumber.MinimumDigits)));
        Assert.NotNull(PhoneNumber.Parse("+" + new string('1', PhoneNumber.MaximumDigits)));
    }

    [Fact]
    public void A_number_knows_the_prefixes_it_starts_with()
    {
        var satellite = PhoneNumber.Parse("+881 6 1234 5678")!;

        Assert.True(satellite.StartsWithAny(["+800", "+881"]));
        Assert.False(PhoneNumber.Parse("+41783338763")!.StartsWithAny(["+800", "+881"]));
    }
}
