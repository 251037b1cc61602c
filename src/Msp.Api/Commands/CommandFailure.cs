using Microsoft.Extensions.Options;
using Msp.Infrastructure.Persistence;

namespace Msp.Api.Commands;

/// <summary>
/// A failed tool command as one line for stderr and its exit code: what failed, where, and what to do. The messages
/// name the server and database or the file (<see cref="DatabaseTarget"/>), never the connection string, so no
/// password reaches a terminal or a CI log.
/// </summary>
internal static class CommandFailure
{
    public static (int ExitCode, string Line) Describe(Exception failure) => failure switch
    {
        UsageException usage => (ExitCodes.Usage, usage.Message),
        DatabaseOperationException { Failure: DatabaseFailure.Unreachable } e => (ExitCodes.CannotConnect, e.Message),
        DatabaseOperationException { Failure: DatabaseFailure.ScriptFailed } e => (ExitCodes.ScriptFailed,
            $"{e.Message}. That script was rolled back and the ones before it stay applied: fix the cause, then run migrate again (migrate --list shows where it stopped)."),
        DatabaseOperationException { Failure: DatabaseFailure.LockTimedOut } e => (ExitCodes.LockTimedOut,
            $"{e.Message}. Let that migration finish (migrate --list shows its progress), or raise Database:MigrationLockTimeout."),
        OptionsValidationException e => (ExitCodes.Usage,
            $"a setting is invalid: {e.Message} Fix it in appsettings.json, the environment or on the command line."),
        InvalidOperationException { InnerException: FormatException or ArgumentException } e when IsBinding(e) => (ExitCodes.Usage,
            $"a setting is invalid: {FirstLine(e.Message)}. Fix it in appsettings.json, the environment or on the command line."),
        _ => (ExitCodes.Failed, $"failed: {FirstLine(failure.Message)} ({failure.GetType().Name}). Run it again with --verbose for the details."),
    };

    /// <summary>The configuration binder's own failure: a value that does not convert to the option's type.</summary>
    private static bool IsBinding(InvalidOperationException e) =>
        e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r', ' ', '.');
}
