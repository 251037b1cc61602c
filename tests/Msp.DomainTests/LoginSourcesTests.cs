using Msp.Domain.Auth;

namespace Msp.DomainTests;

public sealed class LoginSourcesTests
{
    [Theory]
    [InlineData("Web", LoginSource.Web)]
    [InlineData("web", LoginSource.Web)]
    [InlineData("Service", LoginSource.Service)]
    [InlineData("SERVICE", LoginSource.Service)]
    [InlineData("mobile", LoginSource.Mobile)]
    [InlineData("Tablet", LoginSource.Tablet)]
    [InlineData("aPp", LoginSource.App)]
    public void Known_sources_parse_case_insensitively(string value, LoginSource expected)
    {
        Assert.Equal(expected, LoginSources.ParseOrDefault(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Fridge")]
    [InlineData("2")]
    [InlineData(" Mobile ")]
    public void Missing_or_unknown_source_is_Web(string? value)
    {
        Assert.Equal(LoginSource.Web, LoginSources.ParseOrDefault(value));
    }
}
