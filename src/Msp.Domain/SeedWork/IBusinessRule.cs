namespace Msp.Domain.SeedWork;

/// <summary>
/// One rule of the domain, written once, where it belongs (kgrzybek's <c>IBusinessRule</c>). Aggregates check it before
/// they change (<see cref="Entity.CheckRule"/>); handlers ask the aggregate first and answer the operation's documented
/// body, so a broken rule that reaches the aggregate is a bug, not an answer.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}
