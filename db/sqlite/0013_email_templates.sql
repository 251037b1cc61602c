-- The email templates users/register and users/update queue by Email_template_id (spec 6.43/6.44): one text per
-- language, the placeholders {name}, {lastname} and {username} filled in for the new user.
-- Twin of db/sqlserver/0013_email_templates.sql.

CREATE TABLE email_templates (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

CREATE TABLE email_template_texts (
    template_id  INTEGER NOT NULL REFERENCES email_templates (id),
    language_iso TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    PRIMARY KEY (template_id, language_iso)
);
