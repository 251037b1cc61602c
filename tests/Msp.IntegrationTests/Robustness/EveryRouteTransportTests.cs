using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Security;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// What docs/contract.md §1 promises every route, checked on every route the host maps (<see cref="RouteCatalogue"/>), so a
/// route added later is checked the day it is mapped: a method no operation takes gets the exact JSON 405, and the
/// access token is read from every place it may travel, not only from a Bearer header.
/// </summary>
public sealed class EveryRouteTransportTests(MspApiFactory api) : ApiTest(api)
{
    private const string CookieName = "msp_session";

    [Fact]
    public async Task Every_route_answers_a_method_no_operation_takes_with_the_exact_405()
    {
        foreach (var route in RouteCatalogue.Discover(Api.Services))
        {
            foreach (var method in new[] { HttpMethod.Options, HttpMethod.Trace, new HttpMethod("PROPFIND") })
            {
                using var response = await Client.SendAsync(new HttpRequestMessage(method, PathOf(route)));
                await AssertBody(response, HttpStatusCode.MethodNotAllowed, DocumentedAnswers.MethodNotAllowed);
            }
        }
    }

    [Fact]
    public async Task Every_route_that_takes_a_token_reads_it_from_every_documented_carrier()
    {
        var checkedRoutes = 0;
        foreach (var route in RouteCatalogue.Discover(Api.Services))
        {
            var operation = route.Operations.FirstOrDefault(o => o.Request is { } r && typeof(IAuthenticatedRequest).IsAssignableFrom(r));
            if (operation is null)
            {
                continue;
            }

            var path = PathOf(route);
            var method = new HttpMethod(operation.Method);
            var withoutToken = await AnswerAsync(new HttpRequestMessage(method, path));
            var caller = CallerFor(operation.Request!);
            var issued = await Api.IssueTokensAsync(caller);
            var withBearer = await AnswerAsync(Carried(method, path, "Bearer", issued.Tokens.AccessToken, issued.SessionCookie));
            Assert.True(withBearer != withoutToken, $"{route}: the Bearer token changes nothing ({withBearer})");

            // A route whose second call differs from its first spends something of the token (revokeToken its life,
            // logout its session); it gets a fresh token for every carrier.
            var spends = await AnswerAsync(Carried(method, path, "Bearer", issued.Tokens.AccessToken, issued.SessionCookie)) != withBearer;
            foreach (var carrier in new[] { "access_token header", "query", "form", "multipart", "JSON", "cookie" })
            {
                if (spends)
                {
                    issued = await Api.IssueTokensAsync(caller);
                }

                var answer = await AnswerAsync(Carried(method, path, carrier, issued.Tokens.AccessToken, issued.SessionCookie));
                Assert.True(answer == withBearer, $"{route} with the token in the {carrier}: {answer}, not as with Bearer: {withBearer}");
            }

            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 15, $"Only {checkedRoutes} routes take a token");
    }

    /// <summary>
    /// An end user (jorge), unless the operation declares callers that leave end users out: then the msp admin, so that
    /// the token is one the operation takes.
    /// </summary>
    private static string CallerFor(Type request)
    {
        var declared = typeof(IRestrictedRequest).IsAssignableFrom(request)
            ? (AllowedCallers?)request.GetProperty(nameof(IRestrictedRequest.Callers), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)
            : null;
        return declared is { } callers && !callers.HasFlag(AllowedCallers.Self) ? "admin" : "jorge";
    }

    /// <summary>The route's path with its parameters filled: an optional one left out, a required one made up.</summary>
    private static string PathOf(RouteUnderTest route) =>
        route.RouteParameters.Aggregate(route.Pattern, (path, parameter) => path.Replace(
            "{" + parameter.Name + (parameter.IsOptional ? "?}" : "}"),
            parameter.IsOptional ? "" : "made-up",
            StringComparison.Ordinal));

    private static HttpRequestMessage Carried(HttpMethod method, string path, string carrier, string token, string cookie)
    {
        var request = new HttpRequestMessage(carrier is "form" or "multipart" or "JSON" ? HttpMethod.Post : method, path);
        switch (carrier)
        {
            case "Bearer":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                break;
            case "access_token header":
                request.Headers.Add("access_token", token);
                break;
            case "query":
                request.RequestUri = new Uri(path + "?access_token=" + token, UriKind.Relative);
                break;
            case "form":
                request.Content = Form(("access_token", token));
                break;
            case "multipart":
                request.Content = new MultipartFormDataContent { { new StringContent(token), "access_token" } };
                break;
            case "JSON":
                request.Content = JsonContent.Create(new { access_token = token });
                break;
            default:
                request.Headers.Add("Cookie", $"{CookieName}={cookie}");
                break;
        }

        return request;
    }

    private async Task<string> AnswerAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Client.SendAsync(request);
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
    }
}
