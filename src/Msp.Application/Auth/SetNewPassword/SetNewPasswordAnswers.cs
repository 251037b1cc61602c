using Msp.Application.Auth.ResetPasswordPage;

namespace Msp.Application.Auth.SetNewPassword;

/// <summary>What POST /auth/reset/{token} answers: the form again with what was wrong, the confirmation, or the page of a link that does not work (headings in English).</summary>
public static class SetNewPasswordAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.HtmlPages(
        [(400, ResetTexts.English.FormTitle), (200, ResetTexts.English.DoneTitle), (ResetPasswordPages.InvalidLinkStatus, ResetTexts.English.InvalidTitle)],
        ["""{"msg":"OK"}"""],
        AuthErrors.ResetFailed,
        ApiError.TooManyRequests);
}
