using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>
/// A count or position as a parameter (paging's <c>offset</c> and <c>limit</c>): a whole number of zero or more. The
/// lists read a malformed one as its default (<see cref="Paging.PageRequest"/>), so it carries no validator rule.
/// </summary>
public sealed class WireCount : WireValue<int>, IWireValue<WireCount>
{
    private WireCount(string text)
        : base(text, int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count), count)
    {
    }

    public override string Expected => "a whole number of zero or more";

    public static WireForm Form { get; } = new(WireFormType.WholeNumber, "int32", Minimum: 0);

    public static WireCount FromText(string text) => new(text);
}
