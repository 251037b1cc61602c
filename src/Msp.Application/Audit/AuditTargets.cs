using System.Linq.Expressions;
using System.Reflection;

namespace Msp.Application.Audit;

/// <summary>
/// The ids a request names, read off its wire parameters by their names (<c>User_id</c>, <c>addressID</c>, …; a nested
/// record's too): compiled once per request type, so recording what a command touched costs a few property reads.
/// </summary>
internal static class AuditTargets<TRequest>
{
    /// <summary>Declared first: static fields initialise in order, and <see cref="Readers"/> is built with it.</summary>
    private static readonly MethodInfo Read = typeof(AuditTargets<TRequest>).GetMethod(nameof(ValueOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Dictionary<string, Func<TRequest, long?>> Readers = Build();

    /// <summary>A message's text (email/send's Message, sendSMS's and the pushes' Text): its length is all the trail keeps of it.</summary>
    private static readonly Func<TRequest, string?>? MessageText = BuildMessageText();

    public static long? Of(TRequest request, string target) => Readers.TryGetValue(target, out var read) ? read(request) : null;

    public static AuditEvent On(AuditEvent audit, TRequest request) => audit with
    {
        Detail = audit.Detail ?? (MessageText?.Invoke(request) is { } text ? $"message of {text.Length} characters" : null),
        TargetUserId = audit.TargetUserId ?? Of(request, "user"),
        TargetAddressId = Of(request, "address"),
        TargetFlatId = Of(request, "flat"),
        TargetGroupId = Of(request, "group"),
        TargetServiceId = Of(request, "service"),
        TargetInvoiceId = Of(request, "invoice"),
    };

    private static Dictionary<string, Func<TRequest, long?>> Build()
    {
        var readers = new Dictionary<string, Func<TRequest, long?>>(StringComparer.Ordinal);
        var request = Expression.Parameter(typeof(TRequest), "request");
        foreach (var (path, parameter) in Paths(typeof(TRequest), request))
        {
            if (parameter.ParameterType == typeof(WireId) && Target(parameter.Name!) is { } target)
            {
                readers.TryAdd(target, Expression.Lambda<Func<TRequest, long?>>(Expression.Call(Read, path), request).Compile());
            }
        }

        return readers;
    }

    private static Func<TRequest, string?>? BuildMessageText()
    {
        var request = Expression.Parameter(typeof(TRequest), "request");
        return Paths(typeof(TRequest), request)
            .Where(p => p.Parameter.ParameterType == typeof(string) && p.Parameter.Name is "Text" or "Message")
            .Select(p => Expression.Lambda<Func<TRequest, string?>>(p.Path, request).Compile())
            .FirstOrDefault();
    }

    private static long? ValueOf(WireId? id) => id is { IsValid: true } ? id.Value : null;

    /// <summary>Each wire parameter with the expression that reaches it (a nested record's through its property).</summary>
    private static IEnumerable<(Expression Path, ParameterInfo Parameter)> Paths(Type record, Expression instance)
    {
        foreach (var parameter in RequestShape.BindingConstructor(record).GetParameters())
        {
            var property = Expression.Property(instance, parameter.Name!);
            if (RequestShape.KindOf(parameter) == ParameterKind.Nested)
            {
                foreach (var nested in Paths(parameter.ParameterType, property))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (property, parameter);
            }
        }
    }

    private static string? Target(string name) => name.ToLowerInvariant() switch
    {
        "userid" => "user",
        "addressid" => "address",
        "flatid" => "flat",
        "groupid" => "group",
        "serviceid" => "service",
        "invoiceid" => "invoice",
        _ => null,
    };
}
