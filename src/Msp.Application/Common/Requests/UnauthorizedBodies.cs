using System.Reflection;

namespace Msp.Application.Common.Requests;

/// <summary>
/// Which unauthorized body an <see cref="IAuthenticatedRequest"/> answers: its own <c>static ApiError Unauthorized</c>
/// when it documents one that differs, else its module's default, the <c>Unauthorized</c> entry of the module's
/// catalogue (<c>&lt;Module&gt;Errors</c>, in the namespace that holds the operation's folder).
/// </summary>
public static class UnauthorizedBodies
{
    private const string Member = "Unauthorized";

    public static ApiError Of(Type request)
    {
        if (request.GetProperty(Member, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)?.GetValue(null) is ApiError own)
        {
            return own;
        }

        var module = request.Namespace![..request.Namespace!.LastIndexOf('.')];
        var catalogue = request.Assembly.GetTypes()
            .SingleOrDefault(type => type.Namespace == module && type.Name.EndsWith("Errors", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{request.Name}: the module {module} has no …Errors catalogue.");
        return catalogue.GetField(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ApiError
            ?? throw new InvalidOperationException($"{request.Name}: {catalogue.Name} declares no default {Member} body.");
    }
}
