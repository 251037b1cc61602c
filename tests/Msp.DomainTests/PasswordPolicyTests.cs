using Msp.Domain.Accounts;

namespace Msp.DomainTests;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(64, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void A_password_is_acceptable_from_6_to_128_characters(int length, bool acceptable)
    {
        Assert.Equal(acceptable, PasswordPolicy.IsAcceptable(new string('p', length)));
    }

    [Fact]
    public void The_limits_are_the_contract_s()
    {
        Assert.Equal(6, PasswordPolicy.MinimumLength);
        Assert.Equal(128, PasswordPolicy.MaximumLength);
    }
}
