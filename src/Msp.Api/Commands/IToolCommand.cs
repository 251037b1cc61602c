namespace Msp.Api.Commands;

/// <summary>A command of the tool side of the API (<c>migrate</c>, <c>bill</c>): runs on the built host, never serves.</summary>
internal interface IToolCommand
{
    /// <summary>Does the work and answers the process exit code (<see cref="ExitCodes"/>); failures are thrown.</summary>
    Task<int> RunAsync(WebApplication app);
}
