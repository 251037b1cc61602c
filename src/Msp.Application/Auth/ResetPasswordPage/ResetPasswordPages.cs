using System.Globalization;
using System.Text.Encodings.Web;
using Msp.Domain.Accounts;

namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>
/// The pages behind the emailed link: the form, the confirmation, and one answer for every link that does not work
/// (unknown, used or expired look the same, so that page names no account: English, no partner). The others speak the
/// account's language under its BP's name and logo, and fit a phone's screen. No scripts; nothing loaded from
/// elsewhere but the partner's logo; every echoed text is HTML-encoded.
/// </summary>
public static class ResetPasswordPages
{
    /// <summary>Gone: the link may have worked once, it does not now.</summary>
    public const int InvalidLinkStatus = 410;

    public const string NewPasswordField = "new_password";

    public const string RepeatField = "new_password_repeat";

    /// <summary>The password rule, stated under the field before anyone gets it wrong.</summary>
    private const string RuleId = "password_rule";

    public static HtmlPage Form(ResetAudience audience, string? error = null)
    {
        var texts = audience.Texts;
        return new HtmlPage(
            error is null ? 200 : 400,
            Layout(
                audience,
                texts.FormTitle,
                (error is null ? "" : $"""<p class="error" role="alert">{Encode(error)}</p>""") + $"""
                <form method="post">
                  <label for="{NewPasswordField}">{Encode(texts.NewPassword)}</label>
                  <p class="rule" id="{RuleId}">{Encode(LengthError(texts))}</p>
                  <input id="{NewPasswordField}" name="{NewPasswordField}" type="password" autocomplete="new-password" required minlength="{PasswordPolicy.MinimumLength}" maxlength="{PasswordPolicy.MaximumLength}" aria-describedby="{RuleId}">
                  <label for="{RepeatField}">{Encode(texts.Repeat)}</label>
                  <input id="{RepeatField}" name="{RepeatField}" type="password" autocomplete="new-password" required minlength="{PasswordPolicy.MinimumLength}" maxlength="{PasswordPolicy.MaximumLength}">
                  <button type="submit">{Encode(texts.Submit)}</button>
                </form>
                """));
    }

    public static HtmlPage Done(ResetAudience audience) =>
        new(200, Layout(audience, audience.Texts.DoneTitle, $"<p>{Encode(audience.Texts.DoneText)}</p>"));

    public static HtmlPage InvalidLink { get; } = new(
        InvalidLinkStatus,
        Layout(ResetAudience.Unknown, ResetTexts.English.InvalidTitle, $"<p>{Encode(ResetTexts.English.InvalidText)}</p>"));

    /// <summary>The form's errors, in the audience's language.</summary>
    public static string LengthError(ResetTexts texts) =>
        string.Format(CultureInfo.InvariantCulture, texts.LengthError, PasswordPolicy.MinimumLength, PasswordPolicy.MaximumLength);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Header(ResetAudience audience) => audience switch
    {
        { PartnerLogo.Length: > 0 } => $"""<header><img src="{Encode(audience.PartnerLogo)}" alt="{Encode(audience.PartnerName)}"></header>""",
        { PartnerName.Length: > 0 } => $"""<header><p class="partner">{Encode(audience.PartnerName)}</p></header>""",
        _ => "",
    };

    private static string Layout(ResetAudience audience, string title, string content) => $$"""
        <!DOCTYPE html>
        <html lang="{{Encode(audience.Texts.Language)}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{Encode(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        header img { max-width: 12rem; max-height: 4rem; }
        .partner { font-weight: 600; }
        label, input, button { display: block; width: 100%; box-sizing: border-box; }
        input { margin: .3rem 0 1rem; padding: .6rem; font-size: 1rem; }
        button { padding: .7rem; font-size: 1rem; }
        .error { color: #a40000; }
        .rule { margin: .2rem 0 0; font-size: .9rem; color: #444; }
        </style>
        </head>
        <body>
        {{Header(audience)}}
        <h1>{{Encode(title)}}</h1>
        {{content}}
        </body>
        </html>
        """;
}
