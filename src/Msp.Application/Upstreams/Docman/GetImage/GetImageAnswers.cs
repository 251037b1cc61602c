namespace Msp.Application.Upstreams.Docman.GetImage;

/// <summary>What GET /getImage and /sw/getImage answers.</summary>
public static class GetImageAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Jpeg(DocmanErrors.ItemIdNotCorrect, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}
