namespace Msp.Application.Common.Paging;

/// <summary>
/// The paging of spec 2.2.3 / docs/contract.md §1: <c>offset</c> (default 0) and <c>limit</c> (default 100, at most 1000).
/// <see cref="Requested"/> says whether the client sent either, which is when the answer carries an iterator.
/// A malformed value is read as its default and an over-large limit as the maximum: lists document no failure for
/// paging, and a client asking for too much still gets a well-formed page.
/// </summary>
public sealed record PageRequest(int Offset, int Limit, bool Requested)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    public static PageRequest All { get; } = new(0, DefaultLimit, false);

    public static PageRequest From(WireCount? offset, WireCount? limit) => new(
        Read(offset, 0, int.MaxValue),
        Read(limit, DefaultLimit, MaxLimit),
        offset is not null || limit is not null);

    /// <summary>The iterator for a page of this request out of <paramref name="total"/> rows; null when not requested.</summary>
    public ListIterator? IteratorFor(long total) =>
        Requested ? new ListIterator(Offset > 0 && total > 0, (long)Offset + Limit < total, total) : null;

    private static int Read(WireCount? value, int fallback, int max) =>
        value is { IsValid: true } ? Math.Min(value.Value, max) : fallback;
}
