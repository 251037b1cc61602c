using System.Reflection;
using Dapper;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Validation;

namespace Msp.Infrastructure.Persistence;

/// <summary>
/// A record of wire fields (<see cref="IWireFields"/>) as SQL parameters, named like its members: text as given, a wire
/// value as the database stores it (an id as a number, a MAC in its canonical form), a field not given as NULL. The
/// field list stays in the record and in each statement, not in a third place.
/// </summary>
internal static class WireFieldsParameters<TFields>
    where TFields : IWireFields
{
    private static readonly PropertyInfo[] Fields = RequestShape.BindingConstructor(typeof(TFields)).GetParameters()
        .Select(p => typeof(TFields).GetProperty(p.Name!)!)
        .ToArray();

    public static DynamicParameters From(TFields fields)
    {
        var parameters = new DynamicParameters();
        foreach (var field in Fields)
        {
            var value = field.GetValue(fields);
            parameters.Add(field.Name, value is IWireValue wire ? wire.Stored : value);
        }

        return parameters;
    }
}
