using System.Globalization;
using System.Linq.Expressions;
using Msp.Domain.Addresses;

namespace Msp.Application.Addresses.Fields;

/// <summary>
/// The rules of the writable address fields, shared by addressCreate and addressUpdate. Lengths are the columns'
/// (db/sqlserver/0002_addresses.sql), so nothing is ever cut off or refused by the database. Every failure is
/// "Bad parameters" (ADR 9).
/// </summary>
public abstract class AddressFieldsValidator<T> : AbstractValidator<T>
    where T : IAddressFieldsRequest
{
    private const int TextLength = 255;

    private const int ShortTextLength = 32;

    /// <summary>Called by the operation's validator after its own "missing" rules, which therefore answer first.</summary>
    protected void AddFieldRules()
    {
        Text(r => r.Gender, TextLength);
        Text(r => r.Company, TextLength);
        Text(r => r.Firstname, TextLength);
        Text(r => r.Lastname, TextLength);
        Text(r => r.Letter, ShortTextLength);
        Text(r => r.Floor, ShortTextLength);
        Text(r => r.StreetAddress, TextLength);
        Text(r => r.StreetNumber, TextLength);
        Text(r => r.Suburb, TextLength);
        Text(r => r.Postcode, ShortTextLength);
        Text(r => r.City, TextLength);
        RuleFor(r => r.CityId).MustBeId().WithError(ApiError.BadParameters);
        Text(r => r.State, TextLength);
        RuleFor(r => r.CountryIso)
            .Must(v => v is null || (v.Length == 2 && v.All(char.IsAsciiLetter)))
            .WithErrorCode("country_iso")
            .WithMessage("'{PropertyName}' is a two-letter ISO 3166 country code.")
            .WithError(ApiError.BadParameters);
        WholeNumber(r => r.Type);
        Coordinate(r => r.Lat, 90);
        Coordinate(r => r.Lng, 180);
        Text(r => r.ApartmentNumber, ShortTextLength);
        Text(r => r.Oto, TextLength);
        Text(r => r.BuildingName, TextLength);
        Text(r => r.Name, TextLength);
        Mac(r => r.Mac);
        Mac(r => r.IsgMac);
        Mac(r => r.Smb1Mac);
        Mac(r => r.Smb2Mac);
        Mac(r => r.Smb3Mac);
        Mac(r => r.AtaMac);
        Text(r => r.AtaMacModel, TextLength);
        Mac(r => r.PhoneMac);
        Text(r => r.PhoneMacModel, TextLength);
        Flag(r => r.Billing);
        Flag(r => r.Installation);
        WholeNumber(r => r.TypeAddress);
        Text(r => r.CustomTypeAddress, TextLength);
    }

    private void Text(Expression<Func<T, string?>> field, int maxLength) =>
        RuleFor(field).MaximumLength(maxLength).WithError(ApiError.BadParameters);

    private void WholeNumber(Expression<Func<T, string?>> field) =>
        RuleFor(field)
            .Must(v => v is null || AddressFields.IsNumber(v))
            .WithErrorCode("number")
            .WithMessage("'{PropertyName}' is a whole number.")
            .WithError(ApiError.BadParameters);

    private void Flag(Expression<Func<T, string?>> field) =>
        RuleFor(field)
            .Must(v => v is null or "0" or "1")
            .WithErrorCode("flag")
            .WithMessage("'{PropertyName}' is 0 or 1.")
            .WithError(ApiError.BadParameters);

    /// <summary>Decimal degrees, written as the spec shows them (<c>47.5595986</c>): no exponent, no grouping.</summary>
    private void Coordinate(Expression<Func<T, string?>> field, decimal limit) =>
        RuleFor(field)
            .Must(v => v is null
                || (v.Length <= ShortTextLength
                    && decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees)
                    && Math.Abs(degrees) <= limit))
            .WithErrorCode("coordinate")
            .WithMessage($"'{{PropertyName}}' is a number of degrees between -{limit} and {limit}.")
            .WithError(ApiError.BadParameters);

    private void Mac(Expression<Func<T, string?>> field) =>
        RuleFor(field)
            .Must(v => v is null || MacAddress.Canonical(v) is not null)
            .WithErrorCode("mac")
            .WithMessage("'{PropertyName}' is a MAC address (AA:BB:CC:00:09:55).")
            .WithError(ApiError.BadParameters);
}
