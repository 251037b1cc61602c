namespace Msp.Application.Upstreams.Docman.GetDocInfo;

/// <summary>What POST or GET /getDocInfo and /sw/getDocInfo answers.</summary>
public static class GetDocInfoAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.FileOf("application/pdf", DocmanErrors.DocIdNotCorrect, DocmanErrors.FileNotFound, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}
