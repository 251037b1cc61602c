namespace Msp.Domain.SeedWork;

/// <summary>An aggregate was asked to do what one of its rules forbids; the caller should have asked first.</summary>
public sealed class BusinessRuleBrokenException(IBusinessRule rule) : InvalidOperationException(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;
}
