using System.Globalization;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UserFields;

/// <summary>
/// docs/contract.md §3's rules for users/register and users/update: a missing required field is "Missing parameters"
/// (401), a malformed one "Bad parameters" (402). Registration requires name, Partner_id, Lastname, Username, Email,
/// Password, Password_confirmation and Default_language; an update requires only the user, and a password only with
/// its confirmation. What needs the database or configuration (language, BP, services, template, uniqueness, denied mobile ranges) the
/// handler checks.
/// </summary>
public class UserFieldsCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IUserFieldsCommand
{
    private const int MaximumTextLength = 255;

    /// <summary>The highest <c>Status_control</c> (docs/contract.md §3: 0 to 5).</summary>
    private const int MaximumStatusControl = 5;

    public UserFieldsCommandValidator()
    {
        When(c => c.Account.UserId is null, () =>
        {
            RuleFor(c => c.Account.Name).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.PartnerId).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.Lastname).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.Username).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.Email).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.Password).Present().WithError(UsersErrors.RegisterMissingParameters);
            RuleFor(c => c.Account.DefaultLanguage).Present().WithError(UsersErrors.RegisterMissingParameters);
        });
        RuleFor(c => c.Account.PasswordConfirmation).Present().When(c => c.Account.Password is not null).WithError(UsersErrors.RegisterMissingParameters);

        // An id that names no user is an access to nobody's account (docs/contract.md §3: an unknown User_id is "invalid access").
        RuleFor(c => c.Account.UserId).MustBeId().WithError(UsersErrors.InvalidAccess);

        RuleFor(c => c.Account.PartnerId).MustBeId().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Email).MustBeEmail().WithError(UsersErrors.RegisterBadParameters);

        // A username is what login takes beside an email, so it may not look like one.
        RuleFor(c => c.Account.Username)
            .Must(u => u is null || (u.Length <= MaximumTextLength && !u.Any(char.IsWhiteSpace) && !u.Contains('@', StringComparison.Ordinal)))
            .WithErrorCode("username").WithMessage("'Username' must be at most 255 characters, without spaces or '@'.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Username).MustBeSingleLine().WithError(UsersErrors.RegisterBadParameters);

        // Names are what the welcome email greets with, and what invoices and pages show others (ADR 15).
        RuleFor(c => c.Account.Name).Must(n => n is null || PersonName.Parse(n) is not null)
            .WithErrorCode("name").WithMessage("'Name' must be a person's name: letters, digits, spaces and . , ' - ( ) &.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Lastname).Must(n => n is null || PersonName.Parse(n) is not null)
            .WithErrorCode("lastname").WithMessage("'Lastname' must be a person's name: letters, digits, spaces and . , ' - ( ) &.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.FiscalNumber).MustBeSingleLine().WithError(UsersErrors.RegisterBadParameters);

        // Numbers are E.164 (the handler keeps a mobile number out of the ranges no SMS goes to, which are configuration).
        RuleFor(c => c.Account.Telephone).MustBeValid().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Fax).MustBeValid().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Mobil).MustBeValid().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Password)
            .Must(p => p is null || PasswordPolicy.IsAcceptable(p))
            .WithErrorCode("password_policy")
            .WithMessage($"'Password' must have {PasswordPolicy.MinimumLength} to {PasswordPolicy.MaximumLength} characters.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.PasswordConfirmation)
            .Equal(c => c.Account.Password)
            .WithErrorCode("password_confirmation").WithMessage("'Password confirmation' must equal 'Password'.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.DefaultLanguage)
            .Must(l => l is null || LanguageCode.Parse(l) is not null)
            .WithErrorCode("language").WithMessage("'Default language' must be an ISO 639-1 code.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.StatusControl).Must(v => v is null || (v.IsValid && v.Value <= MaximumStatusControl))
            .WithErrorCode("status_control").WithMessage("'Status control' must be 0 to 5.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Status).MustBeValid().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Demo).MustBeValid().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.EmailTemplateId).MustBeId().WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Services).Must(s => s is null || ServiceIds.TryParse(s, out _))
            .WithErrorCode("services").WithMessage("'Services' must be service ids separated by commas.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Gender).Must(g => g is null || Gender.Parse(g) is not null)
            .WithErrorCode("gender").WithMessage("'Gender' must be Male or Female.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.Dob)
            .Must(d => d is null || DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithErrorCode("dob").WithMessage("'Dob' must be a date, yyyy-MM-dd.")
            .WithError(UsersErrors.RegisterBadParameters);
        RuleFor(c => c.Account.FiscalNumber).MaximumLength(MaximumTextLength).WithError(UsersErrors.RegisterBadParameters);
    }
}
