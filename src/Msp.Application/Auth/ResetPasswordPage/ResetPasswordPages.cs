using System.Text.Encodings.Web;
using Msp.Domain.Accounts;

namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>
/// The pages behind the emailed link: the form, the confirmation, and one answer for every link that does not work
/// (unknown, used or expired look the same). No scripts, no external resources; every echoed text is HTML-encoded.
/// </summary>
public static class ResetPasswordPages
{
    /// <summary>Gone: the link may have worked once, it does not now.</summary>
    public const int InvalidLinkStatus = 410;

    public const string NewPasswordField = "new_password";

    public const string RepeatField = "new_password_repeat";

    public static HtmlPage Form(string? error = null) => new(
        error is null ? 200 : 400,
        Layout(
            "Choose a new password",
            (error is null ? "" : $"""<p class="error" role="alert">{Encode(error)}</p>""") + $"""
            <form method="post">
              <label for="{NewPasswordField}">New password</label>
              <input id="{NewPasswordField}" name="{NewPasswordField}" type="password" autocomplete="new-password" required minlength="{PasswordPolicy.MinimumLength}" maxlength="{PasswordPolicy.MaximumLength}">
              <label for="{RepeatField}">Repeat the new password</label>
              <input id="{RepeatField}" name="{RepeatField}" type="password" autocomplete="new-password" required minlength="{PasswordPolicy.MinimumLength}" maxlength="{PasswordPolicy.MaximumLength}">
              <button type="submit">Set the new password</button>
            </form>
            """));

    public static HtmlPage Done { get; } = new(
        200,
        Layout("Password changed", "<p>Your password has been changed. Sign in with the new one; every other session has been signed out.</p>"));

    public static HtmlPage InvalidLink { get; } = new(
        InvalidLinkStatus,
        Layout("This link does not work", "<p>This password reset link is unknown, has expired or has already been used. Ask for a new one from the app.</p>"));

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Layout(string title, string content) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{Encode(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
        label, input, button { display: block; width: 100%; box-sizing: border-box; }
        input { margin: .3rem 0 1rem; padding: .5rem; }
        button { padding: .6rem; }
        .error { color: #a40000; }
        </style>
        </head>
        <body>
        <h1>{{Encode(title)}}</h1>
        {{content}}
        </body>
        </html>
        """;
}
