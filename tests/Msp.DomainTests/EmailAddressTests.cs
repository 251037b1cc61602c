using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("demo.vzug@streamnow.ch")]
    [InlineData("Jorge.Sanchez@Casacom.CH")]
    [InlineData("a+tag@example.co.uk")]
    public void A_bare_address_is_kept_as_written(string written)
    {
        Assert.Equal(written, EmailAddress.Parse(written)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("user@localhost")]
    [InlineData("Demo <demo@example.ch>")]
    [InlineData("demo@example.ch ")]
    [InlineData("de mo@example.ch")]
    [InlineData("a@b.ch, c@d.ch")]
    public void A_display_name_a_list_spaces_or_a_host_without_a_dot_is_no_address(string written)
    {
        Assert.Null(EmailAddress.Parse(written));
    }

    [Fact]
    public void An_address_is_at_most_254_characters()
    {
        var domain = "@example.ch";

        Assert.NotNull(EmailAddress.Parse(new string('a', EmailAddress.MaximumLength - domain.Length) + domain));
        Assert.Null(EmailAddress.Parse(new string('a', EmailAddress.MaximumLength - domain.Length + 1) + domain));
    }
}
