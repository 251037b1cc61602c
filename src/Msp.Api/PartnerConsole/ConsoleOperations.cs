using MediatR;
using Microsoft.Extensions.Options;
using Msp.Api.Http;
using Msp.Application.Auth;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// How the console reaches the platform: the API's own MediatR requests, bound by the API's own binder from the form's
/// fields (named as the API's parameters), each sent in a scope of its own as one API call is, authenticated with the
/// console session's device-session secret. So every rule the API applies (authentication, the caller kinds a request
/// admits, validation, the tenant scope, the transaction, the message quotas) applies to the console, with no second way
/// to the database.
/// </summary>
internal sealed class ConsoleOperations(IServiceScopeFactory scopes, IOptions<AuthOptions> auth, TimeProvider clock)
{
    private static readonly TimeSpan LoginWindow = TimeSpan.FromMinutes(1);

    /// <summary>Sends one request as one API call would: a fresh scope (caller, transaction, queued messages) of its own.</summary>
    public async Task<Result<T>> SendAsync<T>(IRequest<Result<T>> request, string? sessionSecret, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Credentials = new RequestCredentials(null, sessionSecret);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>
    /// Counts a sign-in toward the per-address limit of <c>Auth:LoginRequestsPerMinute</c> (the API's
    /// <c>LoginRateLimitMiddleware</c>'s, on the same counter): a console sign-in is one more login request from its
    /// address. False when the address is over the limit.
    /// </summary>
    public async Task<bool> WithinLoginLimitAsync(CancellationToken cancellationToken)
    {
        var perMinute = auth.Value.LoginRequestsPerMinute;
        if (perMinute <= 0)
        {
            return true;
        }

        // The counter's repository and the client's address are the API's scoped services: the page's own services are
        // the console's provider's (ConsolePipeline), which holds none of them.
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var count = await services.GetRequiredService<IClientAddressWindowRepository>().TryCountAsync(
            services.GetRequiredService<IClientAddress>().Value, ClientAddressEvent.LoginRequest, perMinute, LoginWindow, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return count.Counted;
    }

    /// <summary>
    /// The request an API call with this request's route values and form fields would bind (null when the body is over
    /// the size limit): the console's forms name their fields as the API's parameters.
    /// </summary>
    public static async Task<TRequest?> BindAsync<TRequest>(HttpContext http)
        where TRequest : class
    {
        var parameters = await RequestParameters.ReadAsync(http, []);
        return parameters is null ? null : RequestBinder<TRequest>.Bind(parameters, http.GetEndpoint()?.Metadata ?? EndpointMetadataCollection.Empty);
    }

    /// <summary>Whether a failure is the operation's answer to a caller without live credentials (the session ended).</summary>
    public static bool IsSignedOut(ApiError error, ApiError unauthorized) => error.Status == unauthorized.Status && error.Body == unauthorized.Body;
}
