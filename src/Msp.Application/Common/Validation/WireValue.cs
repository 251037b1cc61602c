namespace Msp.Application.Common.Validation;

/// <summary>
/// A parameter that means more than its text (an id, a number, a MAC): the binder parses it once, from the text the
/// client sent (ADR 4: the wire is text); the validator answers the operation's documented body when it is not
/// <see cref="IsValid"/>, and the handler reads the parsed value, never the text again.
/// </summary>
public interface IWireValue
{
    /// <summary>The text as the client sent it.</summary>
    string Text { get; }

    bool IsValid { get; }

    /// <summary>What a valid value looks like, for the optional error details ("a MAC address (AA:BB:CC:00:09:55)").</summary>
    string Expected { get; }

    /// <summary>The parsed value as the database stores it. Only for a valid value: reading it otherwise is a bug.</summary>
    object Stored { get; }
}

/// <summary>A wire value the binder can build from the parameter's text.</summary>
public interface IWireValue<TSelf> : IWireValue
    where TSelf : IWireValue<TSelf>
{
    static abstract TSelf FromText(string text);
}

/// <summary>The one way a handler meets a value its validator should have refused: a bug, answered with the 500 body.</summary>
internal static class WireValueGuard
{
    public static T Checked<T>(IWireValue value, T parsed) =>
        value.IsValid ? parsed : throw new InvalidOperationException($"'{value.Text}' is not {value.Expected}; the operation's validator should have refused it.");
}
