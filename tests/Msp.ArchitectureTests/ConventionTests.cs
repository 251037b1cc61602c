using System.Reflection;
using FluentValidation;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;

namespace Msp.ArchitectureTests;

/// <summary>
/// The conventions that let a new operation be a new folder plus one route line (README.md, "Architecture"): the pipeline,
/// the binder and the handler scan rely on them, so a request that breaks one fails here rather than at run time.
/// </summary>
public sealed class ConventionTests
{
    public static TheoryData<string> Requests => Names(Operations.Requests);

    public static TheoryData<string> AuthenticatedRequests =>
        Names(Operations.Requests.Where(r => typeof(IAuthenticatedRequest).IsAssignableFrom(r)));

    public static TheoryData<string> Validators
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var validator in Operations.Validators)
            {
                data.Add(Operations.Display(validator));
            }

            return data;
        }
    }

    private static TheoryData<string> Names(IEnumerable<Type> types)
    {
        var data = new TheoryData<string>();
        foreach (var type in types)
        {
            data.Add(Operations.Key(type));
        }

        return data;
    }

    [Fact]
    public void The_scan_finds_the_known_operations()
    {
        // Guards the tests below against passing vacuously on an empty scan.
        Assert.Contains(Operations.Requests, r => r.Name == "LoginCommand");
        Assert.Contains(Operations.Requests, r => r.Name == "GetUserInfoQuery");
        Assert.Contains(Operations.Validators, v => v.Name == "LoginCommandValidator");
        Assert.Contains(Operations.Validators, v => Operations.Display(v) == "UserStatusCommandValidator<UsersActiveCommand>");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_is_a_command_named_Command_or_a_query_named_Query(string name)
    {
        var request = Operations.Request(name);
        var isCommand = Operations.IsCommand(request);
        var isQuery = Operations.IsQuery(request);

        Assert.True(isCommand ^ isQuery, $"{name} must implement exactly one of ICommand<> and IQuery<>, not IRequest<> directly.");
        Assert.EndsWith(isCommand ? "Command" : "Query", name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_has_exactly_one_handler_beside_it_or_its_module_s_shared_one(string name)
    {
        var request = Operations.Request(name);

        var handler = Assert.Single(Operations.HandlersOf(request));
        AssertBesideOrShared(request, handler, "Handler");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_s_validators_live_beside_it_or_are_its_module_s_shared_one(string name)
    {
        var request = Operations.Request(name);

        foreach (var validator in Operations.ValidatorsOf(request))
        {
            AssertBesideOrShared(request, validator, "Validator");
        }
    }

    /// <summary>An operation's own class is in its folder, named after it; a shared one is a generic class of its module, closed over it.</summary>
    private static void AssertBesideOrShared(Type request, Type implementation, string suffix)
    {
        if (implementation.IsGenericType)
        {
            Assert.Equal([request], implementation.GetGenericArguments());
            Assert.StartsWith(Operations.ModuleNamespace(request) + ".", implementation.Namespace, StringComparison.Ordinal);
            Assert.EndsWith(suffix + "`1", implementation.Name, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(request.Namespace, implementation.Namespace);
            Assert.True(implementation.Name == request.Name + suffix || implementation.BaseType?.IsGenericType == true,
                $"{implementation.Name} serves {request.Name}: name it {request.Name}{suffix}.");
        }
    }

    [Fact]
    public void A_shared_handler_or_validator_serves_at_least_two_requests_and_an_own_one_says_something()
    {
        // A generic class closed over one request is that request's own class under another name. An own class that
        // adds to a shared one (users/update's validator) counts as one of its uses.
        var registered = Operations.Requests.SelectMany(Operations.HandlersOf).Concat(Operations.Validators)
            .Select(t => t.IsGenericType ? t : t.BaseType!)
            .Where(t => t.IsGenericType)
            .ToArray();
        Assert.All(Operations.SharedDefinitions, definition => Assert.True(
            registered.Count(t => t.GetGenericTypeDefinition() == definition) >= 2,
            $"{Operations.Display(definition)} serves fewer than two requests"));

        // An own class that only derives from a shared one, with nothing of its own, is the shared one registered by hand.
        var empty = Operations.ConcreteTypes
            .Where(t => t.BaseType is { IsGenericType: true } baseType && Operations.SharedDefinitions.Contains(baseType.GetGenericTypeDefinition()))
            .Where(t => t.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
                .All(m => m is System.Reflection.ConstructorInfo))
            .Select(t => t.Name);
        Assert.Empty(empty);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_s_folder_is_its_module_and_operation(string name)
    {
        var request = Operations.Request(name);
        var operation = request.Name[..^(Operations.IsCommand(request) ? "Command" : "Query").Length];

        // Msp.Application.<Module>.<Operation>, or Msp.Application.Upstreams.<Upstream>.<Operation>: each upstream
        // service is a module of its own under Upstreams, since several have operations of the same name.
        var segments = request.Namespace!.Split('.');
        Assert.Equal(["Msp", "Application"], segments[..2]);
        Assert.Equal(segments[2] == "Upstreams" ? 5 : 4, segments.Length);
        Assert.Equal(operation, segments[^1]);
    }

    [Fact]
    public void Every_operation_folder_holds_one_request()
    {
        var shared = Operations.Requests.GroupBy(r => r.Namespace).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

        Assert.Empty(shared);
    }

    [Fact]
    public void Every_handler_handles_a_request_of_this_assembly()
    {
        var served = Operations.Requests.SelectMany(Operations.HandlersOf).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        var orphans = Operations.ConcreteTypes.Concat(Operations.SharedDefinitions)
            .Where(t => Operations.Implements(t, typeof(MediatR.IRequestHandler<,>)))
            .Where(t => !served.Contains(t))
            .ToArray();

        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_validator_validates_a_request_or_a_record_of_fields_requests_share()
    {
        Assert.All(Operations.Validators, v => Assert.True(
            Operations.Requests.Contains(Operations.ValidatedType(v)) || typeof(IWireFields).IsAssignableFrom(Operations.ValidatedType(v)),
            $"{v.Name} validates {Operations.ValidatedType(v).Name}, neither a request nor an IWireFields record"));
    }

    [Fact]
    public void Exactly_the_operations_under_Upstreams_are_upstream_requests()
    {
        // The per-user relay limit (ADR 25) applies to IUpstreamRequest: a relay without the marker would escape it.
        var misplaced = Operations.Requests
            .Where(r => r.Namespace!.StartsWith("Msp.Application.Upstreams.", StringComparison.Ordinal) != typeof(IUpstreamRequest).IsAssignableFrom(r))
            .Select(r => r.FullName)
            .ToArray();

        Assert.Contains(Operations.Requests, r => typeof(IUpstreamRequest).IsAssignableFrom(r));
        Assert.Empty(misplaced);
    }

    [Theory]
    [MemberData(nameof(AuthenticatedRequests))]
    public void An_authenticated_request_has_an_unauthorized_body_its_own_or_its_module_s(string name)
    {
        var error = UnauthorizedBodies.Of(Operations.Request(name));

        Assert.InRange(error.Status, 200, 499);
        Assert.False(string.IsNullOrEmpty(error.Body));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_s_parameters_are_nullable_text_or_wire_values_or_a_record_of_them(string name)
    {
        // The API binder binds wire parameters as text, or parses a wire value once from its text, and leaves absent
        // ones null; the validator decides what is well-formed. A record of shared fields is bound from the same ones,
        // a route value from the route.
        var nullability = new NullabilityInfoContext();
        foreach (var constructor in Operations.Request(name).GetConstructors())
        {
            foreach (var parameter in constructor.GetParameters())
            {
                var kind = RequestShape.KindOf(parameter);
                Assert.True(
                    kind is ParameterKind.Nested or ParameterKind.Route || nullability.Create(parameter).WriteState == NullabilityState.Nullable,
                    $"{name}({parameter.Name}) is {parameter.ParameterType.Name}, not nullable: a missing parameter binds as null.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_rule_of_a_validator_carries_a_documented_error(string name)
    {
        var validatorType = Operations.Validator(name);
        Assert.True(validatorType.GetConstructor(Type.EmptyTypes) is not null, $"{name} is registered as a singleton and takes no dependencies.");
        var validator = (IValidator)Activator.CreateInstance(validatorType)!;
        var request = Operations.ValidatedType(validatorType);
        var arity = RequestShape.ParameterNames(request).Count;

        var failures = 0;
        foreach (var values in Inputs(arity))
        {
            var instance = Operations.Bind(request, values.Cast<string?>().ToArray());
            var result = validator.Validate(new ValidationContext<object>(instance));
            foreach (var failure in result.Errors)
            {
                failures++;
                Assert.True(
                    failure.CustomState is ApiError,
                    $"{name}: the rule on {failure.PropertyName} ({failure.ErrorCode}) has no WithError; input {Describe(values)}.");
            }
        }

        Assert.True(failures > 0, $"{name} never failed: the inputs did not reach its rules.");
    }

    /// <summary>
    /// Inputs that reach most rules: everything missing, everything tiny and equal, everything absurdly long, and each
    /// parameter missing or absurdly long while the others are tiny.
    /// </summary>
    private static IEnumerable<object?[]> Inputs(int arity)
    {
        const string tiny = "x";
        var absurd = new string('x', 1_000_000);
        object?[] All(string? value) => Enumerable.Repeat<object?>(value, arity).ToArray();

        yield return All(null);
        yield return All(tiny);
        yield return All(absurd);
        for (var i = 0; i < arity; i++)
        {
            foreach (var odd in new[] { null, absurd })
            {
                var values = All(tiny);
                values[i] = odd;
                yield return values;
            }
        }
    }

    private static string Describe(object?[] values) =>
        "(" + string.Join(", ", values.Select(v => v is string s ? (s.Length > 10 ? $"<{s.Length} chars>" : $"\"{s}\"") : "null")) + ")";
}
