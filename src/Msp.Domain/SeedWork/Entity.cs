namespace Msp.Domain.SeedWork;

/// <summary>What every aggregate of the domain shares: checking its rules before it changes.</summary>
public abstract class Entity
{
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleBrokenException(rule);
        }
    }
}
