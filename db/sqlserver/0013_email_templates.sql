-- The email templates users/register and users/update queue by Email_template_id (spec 6.43/6.44): one text per
-- language, the placeholders {name}, {lastname} and {username} filled in for the new user.
-- Twin of db/sqlite/0013_email_templates.sql.

CREATE TABLE dbo.email_templates (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_email_templates PRIMARY KEY,
    name NVARCHAR(255) NOT NULL,
    created_at DATETIME2(3) NOT NULL,
    updated_at DATETIME2(3) NOT NULL
);
GO

CREATE TABLE dbo.email_template_texts (
    template_id BIGINT NOT NULL CONSTRAINT fk_email_template_texts_template_id REFERENCES dbo.email_templates (id),
    language_iso NVARCHAR(8) NOT NULL,
    subject NVARCHAR(1024) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    CONSTRAINT pk_email_template_texts PRIMARY KEY (template_id, language_iso)
);
GO
