using Microsoft.Net.Http.Headers;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>The request's <c>Accept</c> header, read with its quality values.</summary>
internal sealed class HttpAcceptHeader(IHttpContextAccessor http) : IAcceptHeader
{
    public bool Prefers(string mediaType, string over)
    {
        var headers = http.HttpContext?.Request.GetTypedHeaders().Accept;
        if (headers is null || headers.Count == 0)
        {
            return false;
        }

        var wanted = Rank(headers, mediaType);
        var other = Rank(headers, over);
        return wanted.Quality > 0 && (wanted.Quality > other.Quality || (wanted.Quality == other.Quality && wanted.Position < other.Position));
    }

    /// <summary>The quality and position of the first entry naming the type exactly (wildcards prefer nothing).</summary>
    private static (double Quality, int Position) Rank(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        for (var i = 0; i < accept.Count; i++)
        {
            if (string.Equals(accept[i].MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return (accept[i].Quality ?? 1.0, i);
            }
        }

        return (0, int.MaxValue);
    }
}
