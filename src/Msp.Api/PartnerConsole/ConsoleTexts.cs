using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Msp.Application.Common.Results;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// What the console says, in the languages partners work in: German, French, Italian and English (any other account
/// language reads English). Errors are the operations' documented answers, told in the page's language.
/// </summary>
internal sealed class ConsoleTexts
{
    /// <summary>The console's languages, in the order the switch offers them.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Languages = [("de", "Deutsch"), ("fr", "Français"), ("it", "Italiano"), ("en", "English")];

    private static readonly string[] Order = ["en", "de", "fr", "it"];

    private static readonly FrozenDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        ["app"] = ["Partner console", "Partnerkonsole", "Console partenaire", "Console partner"],
        ["skip"] = ["Skip to the content", "Zum Inhalt springen", "Aller au contenu", "Vai al contenuto"],
        ["nav"] = ["Console sections", "Bereiche der Konsole", "Sections de la console", "Sezioni della console"],
        ["nav.users"] = ["Users", "Benutzer", "Utilisateurs", "Utenti"],
        ["nav.groups"] = ["Groups", "Gruppen", "Groupes", "Gruppi"],
        ["nav.services"] = ["Services", "Dienste", "Services", "Servizi"],
        ["nav.places"] = ["Residences and flats", "Siedlungen und Wohnungen", "Résidences et logements", "Residenze e appartamenti"],
        ["signin.title"] = ["Sign in", "Anmelden", "Se connecter", "Accedi"],
        ["signin.intro"] = ["For the administrators of partners and of the platform.", "Für die Administratoren der Partner und der Plattform.", "Pour les administrateurs des partenaires et de la plateforme.", "Per gli amministratori dei partner e della piattaforma."],
        ["signin.email"] = ["Email or username", "E-Mail oder Benutzername", "E-mail ou nom d’utilisateur", "E-mail o nome utente"],
        ["signin.password"] = ["Password", "Passwort", "Mot de passe", "Password"],
        ["signin.submit"] = ["Sign in", "Anmelden", "Se connecter", "Accedi"],
        ["signin.wrong"] = ["The email, username or password is wrong, or the account is locked for a while after too many attempts.", "E-Mail, Benutzername oder Passwort ist falsch, oder das Konto ist nach zu vielen Versuchen eine Weile gesperrt.", "L’e-mail, le nom d’utilisateur ou le mot de passe est incorrect, ou le compte est bloqué un moment après trop de tentatives.", "E-mail, nome utente o password errati, oppure l’account è bloccato per un po’ dopo troppi tentativi."],
        ["signin.disabled"] = ["This account is disabled.", "Dieses Konto ist deaktiviert.", "Ce compte est désactivé.", "Questo account è disattivato."],
        ["signin.refused"] = ["The console is for the administrators of partners and of the platform: this account cannot sign in here.", "Die Konsole ist für die Administratoren der Partner und der Plattform: Dieses Konto kann sich hier nicht anmelden.", "La console est réservée aux administrateurs des partenaires et de la plateforme : ce compte ne peut pas s’y connecter.", "La console è riservata agli amministratori dei partner e della piattaforma: questo account non può accedervi."],
        ["signin.missing"] = ["Enter your email or username and your password.", "Geben Sie E-Mail oder Benutzername und Passwort ein.", "Saisissez votre e-mail ou nom d’utilisateur et votre mot de passe.", "Inserite e-mail o nome utente e password."],
        ["signin.toomany"] = ["Too many sign-in attempts from this address. Wait a minute and try again.", "Zu viele Anmeldeversuche von dieser Adresse. Warten Sie eine Minute und versuchen Sie es erneut.", "Trop de tentatives de connexion depuis cette adresse. Attendez une minute et réessayez.", "Troppi tentativi di accesso da questo indirizzo. Attendete un minuto e riprovate."],
        ["signin.expired"] = ["Your session has ended. Sign in again.", "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.", "Votre session a pris fin. Reconnectez-vous.", "La sessione è terminata. Accedete di nuovo."],
        ["signout"] = ["Sign out", "Abmelden", "Se déconnecter", "Esci"],
        ["signedout"] = ["You are signed out.", "Sie sind abgemeldet.", "Vous êtes déconnecté.", "Siete usciti."],
        ["signedin"] = ["Signed in as {0}", "Angemeldet als {0}", "Connecté en tant que {0}", "Connesso come {0}"],
        ["language"] = ["Language", "Sprache", "Langue", "Lingua"],
        ["partner"] = ["Partner", "Partner", "Partenaire", "Partner"],
        ["apply"] = ["Apply", "Übernehmen", "Appliquer", "Applica"],
        ["users.title"] = ["Users", "Benutzer", "Utilisateurs", "Utenti"],
        ["users.search"] = ["Search by name, username or email", "Suche nach Name, Benutzername oder E-Mail", "Rechercher par nom, nom d’utilisateur ou e-mail", "Cerca per nome, nome utente o e-mail"],
        ["users.find"] = ["Search", "Suchen", "Rechercher", "Cerca"],
        ["users.count"] = ["{0} users", "{0} Benutzer", "{0} utilisateurs", "{0} utenti"],
        ["users.none"] = ["No user found.", "Kein Benutzer gefunden.", "Aucun utilisateur trouvé.", "Nessun utente trovato."],
        ["users.new"] = ["Register a user", "Benutzer registrieren", "Enregistrer un utilisateur", "Registra un utente"],
        ["users.pages"] = ["Pages", "Seiten", "Pages", "Pagine"],
        ["page.next"] = ["Next page", "Nächste Seite", "Page suivante", "Pagina successiva"],
        ["page.previous"] = ["Previous page", "Vorherige Seite", "Page précédente", "Pagina precedente"],
        ["status"] = ["Status", "Status", "Statut", "Stato"],
        ["status.1"] = ["Active", "Aktiv", "Actif", "Attivo"],
        ["status.0"] = ["Disabled", "Deaktiviert", "Désactivé", "Disattivato"],
        ["status.2"] = ["Pending deletion", "Zur Löschung vorgemerkt", "En attente de suppression", "In attesa di cancellazione"],
        ["col.id"] = ["Id", "ID", "ID", "ID"],
        ["col.name"] = ["Name", "Name", "Nom", "Nome"],
        ["user.title"] = ["{0}", "{0}", "{0}", "{0}"],
        ["user.profile"] = ["Profile", "Profil", "Profil", "Profilo"],
        ["user.edit"] = ["Edit the profile", "Profil bearbeiten", "Modifier le profil", "Modifica il profilo"],
        ["user.status"] = ["Account", "Konto", "Compte", "Account"],
        ["save"] = ["Save", "Speichern", "Enregistrer", "Salva"],
        ["field.name"] = ["First name", "Vorname", "Prénom", "Nome"],
        ["field.lastname"] = ["Last name", "Nachname", "Nom", "Cognome"],
        ["field.username"] = ["Username", "Benutzername", "Nom d’utilisateur", "Nome utente"],
        ["field.email"] = ["Email", "E-Mail", "E-mail", "E-mail"],
        ["field.gender"] = ["Gender", "Geschlecht", "Genre", "Genere"],
        ["field.telephone"] = ["Telephone (international, e.g. +41 44 123 45 67)", "Telefon (international, z. B. +41 44 123 45 67)", "Téléphone (international, p. ex. +41 44 123 45 67)", "Telefono (internazionale, p. es. +41 44 123 45 67)"],
        ["field.mobil"] = ["Mobile (international)", "Mobiltelefon (international)", "Mobile (international)", "Cellulare (internazionale)"],
        ["field.language"] = ["Language", "Sprache", "Langue", "Lingua"],
        ["field.password"] = ["Password (at least 6 characters)", "Passwort (mindestens 6 Zeichen)", "Mot de passe (au moins 6 caractères)", "Password (almeno 6 caratteri)"],
        ["field.password2"] = ["Repeat the password", "Passwort wiederholen", "Répéter le mot de passe", "Ripetere la password"],
        ["field.newpassword"] = ["New password (leave empty to keep it)", "Neues Passwort (leer lassen, um es zu behalten)", "Nouveau mot de passe (vide pour le garder)", "Nuova password (vuota per mantenerla)"],
        ["required"] = ["required", "Pflichtfeld", "obligatoire", "obbligatorio"],
        ["action.activate"] = ["Activate", "Aktivieren", "Activer", "Attiva"],
        ["action.disable"] = ["Disable", "Deaktivieren", "Désactiver", "Disattiva"],
        ["action.delete"] = ["Delete", "Löschen", "Supprimer", "Elimina"],
        ["confirm.activate"] = ["Activate {0}? They can sign in again.", "{0} aktivieren? Die Person kann sich wieder anmelden.", "Activer {0} ? La personne pourra de nouveau se connecter.", "Attivare {0}? La persona potrà accedere di nuovo."],
        ["confirm.disable"] = ["Disable {0}? They can no longer sign in, and their sessions end.", "{0} deaktivieren? Die Person kann sich nicht mehr anmelden, ihre Sitzungen enden.", "Désactiver {0} ? La personne ne pourra plus se connecter et ses sessions prennent fin.", "Disattivare {0}? La persona non potrà più accedere e le sue sessioni terminano."],
        ["confirm.delete"] = ["Delete {0}? The account is marked for deletion and leaves the console.", "{0} löschen? Das Konto wird zur Löschung vorgemerkt und verschwindet aus der Konsole.", "Supprimer {0} ? Le compte est marqué pour suppression et quitte la console.", "Eliminare {0}? L’account viene contrassegnato per la cancellazione e lascia la console."],
        ["confirm.title"] = ["Please confirm", "Bitte bestätigen", "Veuillez confirmer", "Confermare, per favore"],
        ["cancel"] = ["Cancel", "Abbrechen", "Annuler", "Annulla"],
        ["done.activate"] = ["The user is active.", "Der Benutzer ist aktiv.", "L’utilisateur est actif.", "L’utente è attivo."],
        ["done.disable"] = ["The user is disabled.", "Der Benutzer ist deaktiviert.", "L’utilisateur est désactivé.", "L’utente è disattivato."],
        ["done.delete"] = ["The user is marked for deletion.", "Der Benutzer ist zur Löschung vorgemerkt.", "L’utilisateur est marqué pour suppression.", "L’utente è contrassegnato per la cancellazione."],
        ["done.saved"] = ["Saved.", "Gespeichert.", "Enregistré.", "Salvato."],
        ["done.registered"] = ["The user is registered.", "Der Benutzer ist registriert.", "L’utilisateur est enregistré.", "L’utente è registrato."],
        ["done.sent"] = ["Sent.", "Gesendet.", "Envoyé.", "Inviato."],
        ["done.flat"] = ["The flat is saved.", "Die Wohnung ist gespeichert.", "Le logement est enregistré.", "L’appartamento è salvato."],
        ["done.flatdeleted"] = ["The flat is deleted.", "Die Wohnung ist gelöscht.", "Le logement est supprimé.", "L’appartamento è eliminato."],
        ["done.service"] = ["The service is switched.", "Der Dienst ist umgeschaltet.", "Le service est modifié.", "Il servizio è stato modificato."],
        ["done.line"] = ["The line waits for the next invoice.", "Die Position kommt auf die nächste Rechnung.", "La ligne figurera sur la prochaine facture.", "La riga sarà sulla prossima fattura."],
        ["addresses.title"] = ["Addresses and hardware", "Adressen und Geräte", "Adresses et matériel", "Indirizzi e apparecchi"],
        ["addresses.none"] = ["No address.", "Keine Adresse.", "Aucune adresse.", "Nessun indirizzo."],
        ["hw.device"] = ["Device", "Gerät", "Appareil", "Apparecchio"],
        ["hw.mac"] = ["MAC", "MAC", "MAC", "MAC"],
        ["hw.state"] = ["State", "Zustand", "État", "Stato"],
        ["hw.ip"] = ["Public IP", "Öffentliche IP", "IP publique", "IP pubblico"],
        ["hw.on"] = ["active", "aktiv", "actif", "attivo"],
        ["hw.off"] = ["inactive", "inaktiv", "inactif", "inattivo"],
        ["hw.none"] = ["No device.", "Kein Gerät.", "Aucun appareil.", "Nessun apparecchio."],
        ["services.title"] = ["Services", "Dienste", "Services", "Servizi"],
        ["services.user"] = ["Services of this user", "Dienste dieses Benutzers", "Services de cet utilisateur", "Servizi di questo utente"],
        ["services.enable"] = ["Enable {0}", "{0} einschalten", "Activer {0}", "Attiva {0}"],
        ["services.disable"] = ["Disable {0}", "{0} ausschalten", "Désactiver {0}", "Disattiva {0}"],
        ["services.on"] = ["enabled", "eingeschaltet", "activé", "attivato"],
        ["services.off"] = ["not enabled", "nicht eingeschaltet", "non activé", "non attivato"],
        ["services.running"] = ["running on the platform", "auf der Plattform in Betrieb", "en service sur la plateforme", "in servizio sulla piattaforma"],
        ["services.stopped"] = ["stopped on the platform", "auf der Plattform ausgeschaltet", "arrêté sur la plateforme", "fermo sulla piattaforma"],
        ["services.none"] = ["This partner offers no service.", "Dieser Partner bietet keinen Dienst an.", "Ce partenaire ne propose aucun service.", "Questo partner non offre servizi."],
        ["services.platform"] = ["As the platform's administrator you switch a service for every partner.", "Als Administrator der Plattform schalten Sie einen Dienst für alle Partner.", "En tant qu’administrateur de la plateforme, vous modifiez un service pour tous les partenaires.", "Come amministratore della piattaforma modificate un servizio per tutti i partner."],
        ["invoices.title"] = ["Invoices", "Rechnungen", "Factures", "Fatture"],
        ["invoices.none"] = ["No invoice.", "Keine Rechnung.", "Aucune facture.", "Nessuna fattura."],
        ["invoices.pdf"] = ["PDF of invoice {0}", "PDF der Rechnung {0}", "PDF de la facture {0}", "PDF della fattura {0}"],
        ["col.number"] = ["Number", "Nummer", "Numéro", "Numero"],
        ["col.period"] = ["Period", "Zeitraum", "Période", "Periodo"],
        ["col.amount"] = ["Amount", "Betrag", "Montant", "Importo"],
        ["col.download"] = ["Download", "Herunterladen", "Télécharger", "Scarica"],
        ["invoice.open"] = ["open", "offen", "ouverte", "aperta"],
        ["invoice.paid"] = ["paid", "bezahlt", "payée", "pagata"],
        ["line.title"] = ["Add a product line", "Produktposition hinzufügen", "Ajouter une ligne de produit", "Aggiungi una riga di prodotto"],
        ["line.service"] = ["Service", "Dienst", "Service", "Servizio"],
        ["line.description"] = ["Description", "Beschreibung", "Description", "Descrizione"],
        ["line.quantity"] = ["Quantity", "Menge", "Quantité", "Quantità"],
        ["line.price"] = ["Price", "Preis", "Prix", "Prezzo"],
        ["line.discount"] = ["Discount", "Rabatt", "Remise", "Sconto"],
        ["line.add"] = ["Add the line", "Position hinzufügen", "Ajouter la ligne", "Aggiungi la riga"],
        ["line.adminonly"] = ["Product lines are added by the service providers and the platform's administrator.", "Produktpositionen fügen die Dienstanbieter und der Administrator der Plattform hinzu.", "Les lignes de produit sont ajoutées par les fournisseurs de services et l’administrateur de la plateforme.", "Le righe di prodotto sono aggiunte dai fornitori di servizi e dall’amministratore della piattaforma."],
        ["email.title"] = ["Send an email", "E-Mail senden", "Envoyer un e-mail", "Invia un’e-mail"],
        ["email.subject"] = ["Subject", "Betreff", "Objet", "Oggetto"],
        ["email.message"] = ["Message", "Nachricht", "Message", "Messaggio"],
        ["email.send"] = ["Send the email", "E-Mail senden", "Envoyer l’e-mail", "Invia l’e-mail"],
        ["groups.title"] = ["Groups", "Gruppen", "Groupes", "Gruppi"],
        ["groups.none"] = ["No group.", "Keine Gruppe.", "Aucun groupe.", "Nessun gruppo."],
        ["groups.members"] = ["Members", "Mitglieder", "Membres", "Membri"],
        ["groups.user"] = ["Groups of this user", "Gruppen dieses Benutzers", "Groupes de cet utilisateur", "Gruppi di questo utente"],
        ["push.text"] = ["Push message to the group's devices", "Push-Nachricht an die Geräte der Gruppe", "Message push aux appareils du groupe", "Messaggio push agli apparecchi del gruppo"],
        ["push.send"] = ["Send the push message", "Push-Nachricht senden", "Envoyer le message push", "Invia il messaggio push"],
        ["places.title"] = ["Residences and flats", "Siedlungen und Wohnungen", "Résidences et logements", "Residenze e appartamenti"],
        ["places.none"] = ["No residence.", "Keine Siedlung.", "Aucune résidence.", "Nessuna residenza."],
        ["places.buildings"] = ["Buildings", "Gebäude", "Bâtiments", "Edifici"],
        ["flats.available"] = ["Available flats", "Freie Wohnungen", "Logements disponibles", "Appartamenti disponibili"],
        ["flats.occupied"] = ["Occupied flats", "Belegte Wohnungen", "Logements occupés", "Appartamenti occupati"],
        ["flats.none"] = ["No flat.", "Keine Wohnung.", "Aucun logement.", "Nessun appartamento."],
        ["flat.create"] = ["Create a flat", "Wohnung anlegen", "Créer un logement", "Crea un appartamento"],
        ["flat.edit"] = ["Edit flat {0}", "Wohnung {0} bearbeiten", "Modifier le logement {0}", "Modifica l’appartamento {0}"],
        ["flat.delete"] = ["Delete flat {0}", "Wohnung {0} löschen", "Supprimer le logement {0}", "Elimina l’appartamento {0}"],
        ["flat.confirmdelete"] = ["Delete flat {0}? This cannot be undone.", "Wohnung {0} löschen? Das lässt sich nicht rückgängig machen.", "Supprimer le logement {0} ? C’est définitif.", "Eliminare l’appartamento {0}? Non si può annullare."],
        ["flat.address"] = ["Address", "Adresse", "Adresse", "Indirizzo"],
        ["field.building"] = ["Building", "Gebäude", "Bâtiment", "Edificio"],
        ["field.country"] = ["Country (ISO code, e.g. CH)", "Land (ISO-Code, z. B. CH)", "Pays (code ISO, p. ex. CH)", "Paese (codice ISO, p. es. CH)"],
        ["field.state"] = ["Canton or state", "Kanton oder Bundesland", "Canton ou région", "Cantone o regione"],
        ["field.city"] = ["City", "Ort", "Localité", "Località"],
        ["field.street"] = ["Street", "Strasse", "Rue", "Via"],
        ["field.number"] = ["Number", "Hausnummer", "Numéro", "Numero civico"],
        ["field.postcode"] = ["Postcode", "PLZ", "NPA", "NPA"],
        ["field.floor"] = ["Floor", "Stockwerk", "Étage", "Piano"],
        ["field.apartment"] = ["Apartment number", "Wohnungsnummer", "Numéro de logement", "Numero dell’appartamento"],
        ["field.letter"] = ["Letter", "Buchstabe", "Lettre", "Lettera"],
        ["field.code"] = ["Code", "Code", "Code", "Codice"],
        ["field.size"] = ["Size (m²)", "Fläche (m²)", "Surface (m²)", "Superficie (m²)"],
        ["register.title"] = ["Register a user", "Benutzer registrieren", "Enregistrer un utilisateur", "Registra un utente"],
        ["register.submit"] = ["Register", "Registrieren", "Enregistrer", "Registra"],
        ["back.users"] = ["Back to the users", "Zurück zu den Benutzern", "Retour aux utilisateurs", "Torna agli utenti"],
        ["notfound.title"] = ["Not found", "Nicht gefunden", "Introuvable", "Non trovato"],
        ["notfound.text"] = ["There is nothing here that your account may see.", "Hier gibt es nichts, was Ihr Konto sehen darf.", "Il n’y a rien ici que votre compte puisse voir.", "Qui non c’è nulla che il vostro account possa vedere."],
        ["nopartner"] = ["Pick a partner first.", "Wählen Sie zuerst einen Partner.", "Choisissez d’abord un partenaire.", "Scegliete prima un partner."],
        ["err.missing"] = ["A required field is empty.", "Ein Pflichtfeld ist leer.", "Un champ obligatoire est vide.", "Un campo obbligatorio è vuoto."],
        ["err.bad"] = ["A field is not valid (or the username or email is taken).", "Ein Feld ist ungültig (oder Benutzername bzw. E-Mail ist vergeben).", "Un champ n’est pas valide (ou le nom d’utilisateur ou l’e-mail est déjà pris).", "Un campo non è valido (o il nome utente o l’e-mail è già in uso)."],
        ["err.notfound"] = ["Not found.", "Nicht gefunden.", "Introuvable.", "Non trovato."],
        ["err.denied"] = ["Your account may not do this.", "Ihr Konto darf das nicht.", "Votre compte n’a pas le droit de faire cela.", "Il vostro account non può farlo."],
        ["err.toomany"] = ["Too many requests. Try again later.", "Zu viele Anfragen. Versuchen Sie es später erneut.", "Trop de requêtes. Réessayez plus tard.", "Troppe richieste. Riprovate più tardi."],
        ["err.unexpected"] = ["Something went wrong. Try again later.", "Etwas ist schiefgegangen. Versuchen Sie es später erneut.", "Une erreur s’est produite. Réessayez plus tard.", "Qualcosa è andato storto. Riprovate più tardi."],
        ["err.nobuilding"] = ["There is no such building.", "Dieses Gebäude gibt es nicht.", "Ce bâtiment n’existe pas.", "Questo edificio non esiste."],
        ["err.nocity"] = ["There is no such city.", "Diesen Ort gibt es nicht.", "Cette localité n’existe pas.", "Questa località non esiste."],
        ["err.occupied"] = ["The flat is occupied: it cannot be deleted.", "Die Wohnung ist belegt: Sie kann nicht gelöscht werden.", "Le logement est occupé : il ne peut pas être supprimé.", "L’appartamento è occupato: non può essere eliminato."],
        ["err.already"] = ["Nothing changed: it already is so.", "Nichts geändert: Es ist bereits so.", "Rien n’a changé : c’est déjà le cas.", "Nulla è cambiato: è già così."],
        ["err.email"] = ["This email address is not valid here.", "Diese E-Mail-Adresse ist hier nicht gültig.", "Cette adresse e-mail n’est pas valable ici.", "Questo indirizzo e-mail non è valido qui."],
        ["err.nodevice"] = ["No member of this group has a device for push messages.", "Kein Mitglied dieser Gruppe hat ein Gerät für Push-Nachrichten.", "Aucun membre de ce groupe n’a d’appareil pour les messages push.", "Nessun membro di questo gruppo ha un apparecchio per i messaggi push."],
        ["err.antiforgery"] = ["The form was not accepted: it expired or did not come from this console. Reload the page and try again.", "Das Formular wurde nicht angenommen: Es ist abgelaufen oder stammt nicht aus dieser Konsole. Laden Sie die Seite neu und versuchen Sie es erneut.", "Le formulaire n’a pas été accepté : il a expiré ou ne vient pas de cette console. Rechargez la page et réessayez.", "Il modulo non è stato accettato: è scaduto o non proviene da questa console. Ricaricate la pagina e riprovate."],
        ["err.title"] = ["The form was not accepted", "Formular nicht angenommen", "Formulaire refusé", "Modulo non accettato"],
        ["err.status"] = ["(answer {0})", "(Antwort {0})", "(réponse {0})", "(risposta {0})"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The operations' documented messages, by their text, and what the console says for each.</summary>
    private static readonly FrozenDictionary<string, string> ErrorKeys = new Dictionary<string, string>
    {
        ["Missing parameters"] = "err.missing",
        ["Missing parameters."] = "err.missing",
        ["Bad parameters"] = "err.bad",
        ["Not found"] = "err.notfound",
        ["No user found"] = "err.notfound",
        ["no user found"] = "err.notfound",
        ["No flat found"] = "err.notfound",
        ["No address found"] = "err.notfound",
        ["No group found"] = "err.notfound",
        ["Service not found"] = "err.notfound",
        ["No address found "] = "err.occupied",
        ["No building found"] = "err.nobuilding",
        ["No city found"] = "err.nocity",
        ["User not allowed"] = "err.denied",
        ["invalid access"] = "err.denied",
        ["Site access denied"] = "err.denied",
        ["site access denied"] = "err.denied",
        ["unauthorized_client"] = "err.denied",
        ["User_id field not found"] = "err.missing",
        ["Too many requests. Please try again later."] = "err.toomany",
        ["Service already disabled"] = "err.already",
        ["Service already enabled"] = "err.already",
        ["Invalid email"] = "err.email",
        ["no members in this group."] = "err.nodevice",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly int _index;

    private ConsoleTexts(string language, int index)
    {
        Language = language;
        _index = index;
    }

    public string Language { get; }

    public string this[string key] => All.TryGetValue(key, out var texts) ? texts[_index] : throw new KeyNotFoundException($"No console text '{key}'.");

    public static ConsoleTexts For(string? language)
    {
        var index = Array.IndexOf(Order, language?.ToLowerInvariant());
        return index < 0 ? new ConsoleTexts("en", 0) : new ConsoleTexts(Order[index], index);
    }

    public string? TryGet(string key) => All.TryGetValue(key, out var texts) ? texts[_index] : null;

    public static bool IsOffered(string? language) => language is not null && Array.IndexOf(Order, language) >= 0;

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A documented failure in the page's language, with its status for whoever reports it.</summary>
    public string Error(ApiError error)
    {
        var text = MessageOf(error.Body);
        var key = text is not null && ErrorKeys.TryGetValue(text, out var known) ? known : "err.unexpected";
        return this[key] + " " + Format("err.status", error.Status);
    }

    /// <summary>The message a documented body carries: a bare string, or its <c>error_description</c>, <c>msg</c> or <c>error</c>.</summary>
    private static string? MessageOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.String)
        {
            return root.GetString();
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in new[] { "error_description", "msg", "error" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return name == "error_description" && value.GetString() != "no members in this group." ? root.GetProperty("error").GetString() : value.GetString();
            }
        }

        return null;
    }
}
