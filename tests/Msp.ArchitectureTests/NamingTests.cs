using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Msp.Api.Http;

namespace Msp.ArchitectureTests;

/// <summary>
/// One naming rule (docs/adr/0012): an operation is named after its route, as the spec's index names it
/// (<c>/address/create</c> → AddressCreate, <c>/checkHardware</c> → CheckHardware; a first segment naming the module is
/// left out: <c>/auth/login</c> → Login, <c>/comlite/getTerminals</c> → GetTerminals; a record that serves several
/// routes, or shares its name with another module's, is qualified on a route: <c>/sw/getContact</c> → SwGetContact,
/// <c>/myvpn/getContact</c> → MyVpnGetContact). A data port is a
/// <c>…Reader</c> (reads only) or a <c>…Repository</c> (writes), an upstream port a <c>…Gateway</c>; each adapter is
/// named after its port, which is what the registration by convention relies on.
/// </summary>
public sealed class NamingTests
{
    [Fact]
    public void An_operation_is_named_after_its_route()
    {
        // Spec operations answer every method: the endpoint for the undocumented ones is how they are told apart from
        // the password reset link's page (GET and POST are two operations there, named for what they do).
        var operations = RouteTests.OperationRoutes()
            .Where(route => route.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Count > 1)
            .Select(route => (Pattern: route.RoutePattern.RawText!, Request: RouteTests.RequestServedBy(route)!, Name: route.Metadata.GetMetadata<OperationRequestType>()!.Name))
            .ToArray();
        Assert.NotEmpty(operations);

        Assert.All(operations, operation =>
        {
            // The operation's name: its record's, qualified where the record serves several routes (/sw/getContact → SwGetContact).
            var name = operation.Name[..^(operation.Name.EndsWith("Command", StringComparison.Ordinal) ? 7 : 5)];
            // A hyphen cannot be part of a name: /users/validate-end-user → ValidateEndUser.
            var segments = operation.Pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{')).Select(s => s.Replace("-", "", StringComparison.Ordinal)).ToArray();
            var module = operation.Request.Namespace!.Split('.')[^2];
            // A hyphen is a word break: invoices/add-product is InvoicesAddProduct.
            var routeName = string.Concat(segments).Replace("-", "", StringComparison.Ordinal);
            var withoutModule = string.Concat(segments.Skip(segments[0].Equals(module, StringComparison.OrdinalIgnoreCase) ? 1 : 0)).Replace("-", "", StringComparison.Ordinal);
            Assert.True(
                name.Equals(routeName, StringComparison.OrdinalIgnoreCase) || name.Equals(withoutModule, StringComparison.OrdinalIgnoreCase),
                $"{operation.Name} serves {operation.Pattern}: name it {Pascal(withoutModule)}.");
            Assert.EndsWith(operation.Request.Name, operation.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_data_adapter_is_a_Reader_or_a_Repository_named_after_its_port()
    {
        var adapters = Assemblies.Infrastructure.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && TakesTheSession(t))
            .Select(t => (Adapter: t, Ports: t.GetInterfaces().Where(i => i.Assembly == Assemblies.Application).ToArray()))
            .Where(a => a.Ports.Length > 0)
            .ToArray();
        Assert.NotEmpty(adapters);

        Assert.All(adapters, a =>
        {
            Assert.True(
                a.Adapter.Name.EndsWith("Reader", StringComparison.Ordinal) || a.Adapter.Name.EndsWith("Repository", StringComparison.Ordinal),
                $"{a.Adapter.Name} implements {a.Ports[0].Name} with SQL: name it …Reader (reads only) or …Repository.");
            Assert.Contains(a.Ports, port => port.Name == "I" + a.Adapter.Name);
        });
    }

    [Fact]
    public void An_upstream_adapter_is_a_Gateway_with_a_sandbox_beside_it()
    {
        var adapters = Assemblies.Infrastructure.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.Name.EndsWith("Gateway", StringComparison.Ordinal)))
            .ToArray();
        Assert.NotEmpty(adapters);

        Assert.All(adapters, adapter =>
        {
            Assert.StartsWith("Msp.Infrastructure.Upstreams.", adapter.Namespace, StringComparison.Ordinal);
            Assert.True(
                adapter.Name.EndsWith("HttpGateway", StringComparison.Ordinal) || adapter.Name.EndsWith("SandboxGateway", StringComparison.Ordinal),
                $"{adapter.Name}: an upstream port has an …HttpGateway and a …SandboxGateway.");
        });
    }

    private static bool TakesTheSession(Type type) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType.Name == "DbSession"));

    private static string Pascal(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
