using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Jorge")]
    [InlineData("O'Brien")]
    [InlineData("O\u2019Brien")]
    [InlineData("Anne-Marie")]
    [InlineData("Fam. Müller & Co")]
    [InlineData("Louis XIV (2)")]
    [InlineData("Søren Ødegård")]
    [InlineData("山田太郎")]
    [InlineData("\U00020000\U00020001")]
    [InlineData("می\u200Cخواهم")]
    public void Names_of_any_script_with_the_punctuation_names_carry_are_names(string written)
    {
        Assert.Equal(written, PersonName.Parse(written)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("...")]
    [InlineData("Jorge\nDear customer")]
    [InlineData("Jorge\u202Eegroj")]
    [InlineData("http://evil.example")]
    [InlineData("me@example.ch")]
    [InlineData("<b>Jorge</b>")]
    [InlineData("Jorge\tSanchez")]
    public void Control_characters_direction_overrides_and_what_writes_a_link_are_no_name(string written)
    {
        Assert.Null(PersonName.Parse(written));
    }

    [Fact]
    public void A_name_is_at_most_255_characters()
    {
        Assert.NotNull(PersonName.Parse(new string('a', PersonName.MaximumLength)));
        Assert.Null(PersonName.Parse(new string('a', PersonName.MaximumLength + 1)));
    }
}
