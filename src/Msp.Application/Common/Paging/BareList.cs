namespace Msp.Application.Common.Paging;

/// <summary>What the transport needs of a list documented as a bare array: the items, and the total for a header.</summary>
public interface IBareList
{
    object Items { get; }

    /// <summary>The total number of rows, sent as <c>X-Total-Count</c> when the client asked for a page; else null.</summary>
    long? TotalCount { get; }
}

/// <summary>A list documented as a bare array (<c>[…]</c>): the page's total travels in the <c>X-Total-Count</c> header.</summary>
public sealed record BareList<T>(IReadOnlyList<T> Rows, long? TotalCount) : IBareList
{
    object IBareList.Items => Rows;
}
