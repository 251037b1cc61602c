using MediatR;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Api.Http;

/// <summary>
/// The one HTTP handler every operation shares: read the parameters and credentials, bind the request record,
/// send it through the pipeline, write the outcome.
/// </summary>
internal static class OperationEndpoint<TRequest>
    where TRequest : notnull
{
    private static readonly Func<IMediator, TRequest, CancellationToken, Task<IOperationResult>> Send = BuildSend();

    private static readonly IReadOnlyList<(string Parameter, string Header)> SecretHeaders = RequestShape.Parameters(typeof(TRequest))
        .Select(parameter => (parameter.Name!, RequestShape.SecretHeader(parameter)))
        .Where(secret => secret.Item2 is not null)
        .Select(secret => (secret.Item1, secret.Item2!))
        .ToArray();

    public static async Task HandleAsync(HttpContext http)
    {
        var parameters = await RequestParameters.ReadAsync(http, SecretHeaders);
        if (parameters is null)
        {
            await ResultWriter.WriteErrorAsync(http, FallbackResponses.PayloadTooLarge);
            return;
        }

        var services = http.RequestServices;
        services.GetRequiredService<CallerContext>().Credentials = CredentialReader.Read(http, parameters);
        var request = RequestBinder<TRequest>.Bind(parameters, http.GetEndpoint()!.Metadata);
        var result = await Send(services.GetRequiredService<IMediator>(), request, http.RequestAborted);
        await ResultWriter.WriteAsync(http, result);
    }

    private static Func<IMediator, TRequest, CancellationToken, Task<IOperationResult>> BuildSend()
    {
        var response = typeof(TRequest).GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        return typeof(OperationEndpoint<TRequest>)
            .GetMethod(nameof(SendAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(response)
            .CreateDelegate<Func<IMediator, TRequest, CancellationToken, Task<IOperationResult>>>();
    }

    private static async Task<IOperationResult> SendAsync<TResponse>(IMediator mediator, TRequest request, CancellationToken cancellationToken)
        where TResponse : IOperationResult =>
        await mediator.Send((IRequest<TResponse>)request, cancellationToken);
}
