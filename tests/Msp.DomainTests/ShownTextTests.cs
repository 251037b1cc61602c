using Msp.Domain.Text;

namespace Msp.DomainTests;

public sealed class ShownTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Invoice for November")]
    [InlineData("Grüezi mitenand 👋")]
    public void Printable_text_is_one_line_and_lines(string text)
    {
        Assert.True(ShownText.IsSingleLine(text));
        Assert.True(ShownText.IsMultiLine(text));
    }

    [Theory]
    [InlineData("Dear\nresident")]
    [InlineData("Dear\r\nresident")]
    [InlineData("a\tb")]
    public void Line_breaks_and_tabs_are_lines_but_not_one_line(string text)
    {
        Assert.False(ShownText.IsSingleLine(text));
        Assert.True(ShownText.IsMultiLine(text));
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Bb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u2029b")]
    [InlineData("abc\u202Efdp.exe")]
    [InlineData("a\u2066b")]
    [InlineData("a\u200Fb")]
    public void Other_control_characters_separators_and_direction_controls_are_neither(string text)
    {
        Assert.False(ShownText.IsSingleLine(text));
        Assert.False(ShownText.IsMultiLine(text));
    }
}
