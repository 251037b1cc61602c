namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>What GET /auth/reset/{token} answers: the form, or the page of a link that does not work (pages in the account's language; the headings here in English).</summary>
public static class ResetPasswordPageAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.HtmlPages(
        [(200, ResetTexts.English.FormTitle), (ResetPasswordPages.InvalidLinkStatus, ResetTexts.English.InvalidTitle)], [], ApiError.TooManyRequests);
}
