using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Msp.Application.Addresses.Fields;

/// <summary>
/// The rules of the writable address fields, shared by addressCreate and addressUpdate and read off the record
/// itself: every text one line within its length (addresses are printed on invoices), every wire value (id, MAC,
/// number, flag, country) valid, the coordinates in range, and no MAC given for two device slots. Every failure is
/// "Bad parameters" (ADR 9, ADR 26).
/// </summary>
public sealed class AddressFieldsValidator : AbstractValidator<AddressFields>
{
    public AddressFieldsValidator()
    {
        foreach (var parameter in RequestShape.BindingConstructor(typeof(AddressFields)).GetParameters())
        {
            if (parameter.ParameterType == typeof(string))
            {
                var length = parameter.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? AddressFields.Text;
                RuleFor(Field<string?>(parameter)).MaximumLength(length).WithError(ApiError.BadParameters);
                RuleFor(Field<string?>(parameter)).MustBeSingleLine().WithError(ApiError.BadParameters);
            }
            else
            {
                RuleFor(Field<IWireValue?>(parameter)).MustBeValid().WithError(ApiError.BadParameters);
            }
        }

        Coordinate(f => f.Lat, 90);
        Coordinate(f => f.Lng, 180);

        // Whether another address holds a MAC only the database can say, in the command's transaction (ADR 26); that
        // the request names one MAC for two slots it says itself.
        RuleFor(f => f.RepeatedDeviceMac)
            .Null()
            .WithErrorCode("repeated")
            .WithMessage("One MAC is given for two device slots; a device stands in one.")
            .WithError(ApiError.BadParameters);
    }

    private static Expression<Func<AddressFields, TValue>> Field<TValue>(ParameterInfo parameter)
    {
        var fields = Expression.Parameter(typeof(AddressFields), "fields");
        var property = Expression.Property(fields, parameter.Name!);
        return Expression.Lambda<Func<AddressFields, TValue>>(Expression.Convert(property, typeof(TValue)), fields);
    }

    /// <summary>Decimal degrees, written as the spec shows them (<c>47.5595986</c>): no exponent, no grouping.</summary>
    private void Coordinate(Expression<Func<AddressFields, string?>> field, decimal limit) =>
        RuleFor(field)
            .Must(v => v is null
                || (decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees)
                    && Math.Abs(degrees) <= limit))
            .WithErrorCode("coordinate")
            .WithMessage($"'{{PropertyName}}' is a number of degrees between -{limit} and {limit}.")
            .WithError(ApiError.BadParameters);
}
