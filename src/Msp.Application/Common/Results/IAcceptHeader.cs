namespace Msp.Application.Common.Results;

/// <summary>The request's <c>Accept</c> header, for the few operations that answer in more than one format.</summary>
public interface IAcceptHeader
{
    /// <summary>
    /// Whether the client asked for <paramref name="mediaType"/> with a higher preference than <paramref name="over"/>
    /// (or as high, and listed first). No header, or one naming neither, prefers neither.
    /// </summary>
    bool Prefers(string mediaType, string over);
}
