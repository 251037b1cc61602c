using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class LanguageAndGenderTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("DE", "de")]
    [InlineData("Fr", "fr")]
    public void A_language_is_two_ASCII_letters_kept_in_lower_case(string written, string stored)
    {
        Assert.Equal(stored, LanguageCode.Parse(written)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("deu")]
    [InlineData("d1")]
    [InlineData("dé")]
    public void Anything_else_is_no_language(string written)
    {
        Assert.Null(LanguageCode.Parse(written));
    }

    [Fact]
    public void English_is_the_language_of_last_resort()
    {
        Assert.Equal(LanguageCode.Parse("en"), LanguageCode.English);
    }

    [Theory]
    [InlineData("Male", "male")]
    [InlineData("MALE", "male")]
    [InlineData("female", "female")]
    [InlineData("Female", "female")]
    public void A_gender_the_spec_lists_is_stored_in_lower_case(string written, string stored)
    {
        Assert.Equal(stored, Gender.Parse(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("other")]
    public void Another_gender_is_none(string written)
    {
        Assert.Null(Gender.Parse(written));
    }
}
