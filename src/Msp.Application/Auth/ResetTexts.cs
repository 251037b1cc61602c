using System.Collections.Frozen;

namespace Msp.Application.Auth;

/// <summary>
/// What the reset email and pages say, in the languages residents read them in (the account's default language;
/// English for any other). <c>{0}</c> in <see cref="OpenWithin"/> is the link's lifetime in minutes, and in the
/// password-length error the two bounds.
/// </summary>
public sealed record ResetTexts(
    string Language,
    string Subject,
    string Greeting,
    string Asked,
    string OpenWithin,
    string WorksOnce,
    string FormTitle,
    string NewPassword,
    string Repeat,
    string Submit,
    string EnterTwice,
    string LengthError,
    string Differ,
    string DoneTitle,
    string DoneText,
    string InvalidTitle,
    string InvalidText)
{
    public static ResetTexts English { get; } = new(
        "en",
        "Reset your password",
        "Hello,",
        "someone asked to reset the password of the account with this email address.",
        "To choose a new password, open this link within {0} minutes:",
        "The link works once. If you did not ask for a new password, ignore this email: your password stays as it is.",
        "Choose a new password",
        "New password",
        "Repeat the new password",
        "Set the new password",
        "Enter the new password twice.",
        "The new password must have {0} to {1} characters.",
        "The two passwords differ.",
        "Password changed",
        "Your password has been changed. Sign in with the new one; every other session has been signed out.",
        "This link does not work",
        "This password reset link is unknown, has expired or has already been used. Ask for a new one from the app.");

    private static readonly FrozenDictionary<string, ResetTexts> ByLanguage = new[]
    {
        English,
        new ResetTexts(
            "de",
            "Passwort zurücksetzen",
            "Guten Tag",
            "Für das Konto mit dieser E-Mail-Adresse wurde ein neues Passwort angefordert.",
            "Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von {0} Minuten:",
            "Der Link funktioniert einmal. Haben Sie kein neues Passwort angefordert, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.",
            "Neues Passwort wählen",
            "Neues Passwort",
            "Neues Passwort wiederholen",
            "Neues Passwort speichern",
            "Geben Sie das neue Passwort zweimal ein.",
            "Das neue Passwort muss {0} bis {1} Zeichen haben.",
            "Die beiden Passwörter sind verschieden.",
            "Passwort geändert",
            "Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an; alle anderen Sitzungen wurden abgemeldet.",
            "Dieser Link funktioniert nicht",
            "Dieser Link ist unbekannt, abgelaufen oder wurde schon verwendet. Fordern Sie in der App einen neuen an."),
        new ResetTexts(
            "fr",
            "Réinitialiser votre mot de passe",
            "Bonjour,",
            "quelqu’un a demandé un nouveau mot de passe pour le compte de cette adresse e-mail.",
            "Pour choisir un nouveau mot de passe, ouvrez ce lien dans les {0} minutes :",
            "Le lien ne fonctionne qu’une fois. Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.",
            "Choisir un nouveau mot de passe",
            "Nouveau mot de passe",
            "Répéter le nouveau mot de passe",
            "Enregistrer le nouveau mot de passe",
            "Saisissez deux fois le nouveau mot de passe.",
            "Le nouveau mot de passe doit compter de {0} à {1} caractères.",
            "Les deux mots de passe diffèrent.",
            "Mot de passe modifié",
            "Votre mot de passe a été modifié. Connectez-vous avec le nouveau ; toutes les autres sessions ont été fermées.",
            "Ce lien ne fonctionne pas",
            "Ce lien est inconnu, a expiré ou a déjà été utilisé. Demandez-en un nouveau depuis l’application."),
        new ResetTexts(
            "it",
            "Reimpostare la password",
            "Buongiorno,",
            "è stata chiesta una nuova password per l’account con questo indirizzo e-mail.",
            "Per scegliere una nuova password, aprite questo link entro {0} minuti:",
            "Il link funziona una sola volta. Se non avete chiesto nulla, ignorate questa e-mail: la password resta invariata.",
            "Scegliere una nuova password",
            "Nuova password",
            "Ripetere la nuova password",
            "Salvare la nuova password",
            "Inserite due volte la nuova password.",
            "La nuova password deve avere da {0} a {1} caratteri.",
            "Le due password sono diverse.",
            "Password cambiata",
            "La password è stata cambiata. Accedete con quella nuova; tutte le altre sessioni sono state chiuse.",
            "Questo link non funziona",
            "Questo link è sconosciuto, è scaduto o è già stato usato. Chiedetene uno nuovo dall’app."),
    }.ToFrozenDictionary(texts => texts.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The texts of a language by its ISO code; English for any other.</summary>
    public static ResetTexts For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var texts) ? texts : English;
}

/// <summary>Who reads a reset email or page: the account's language and the name and logo of its business partner.</summary>
public sealed record ResetAudience(string Language, string PartnerName, string PartnerLogo)
{
    /// <summary>For a link that names no account: English, no partner.</summary>
    public static ResetAudience Unknown { get; } = new("en", "", "");

    public ResetTexts Texts => ResetTexts.For(Language);
}
