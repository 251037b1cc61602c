using MediatR;
using Msp.Api.Http;
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
internal sealed class ConsoleOperations(IServiceScopeFactory scopes)
{
    /// <summary>Sends one request as one API call would: a fresh scope (caller, transaction, queued messages) of its own.</summary>
    public async Task<Result<T>> SendAsync<T>(IRequest<Result<T>> request, string? sessionSecret, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Credentials = new RequestCredentials(null, sessionSecret);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
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
