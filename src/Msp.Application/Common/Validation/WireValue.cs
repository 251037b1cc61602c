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
    /// <summary>How the value is written, as the published contract documents it.</summary>
    static abstract WireForm Form { get; }

    static abstract TSelf FromText(string text);
}

/// <summary>A wire value parsed to a <typeparamref name="TValue"/>: the text, whether it parsed, and what it parsed to.</summary>
public abstract class WireValue<TValue> : IWireValue
    where TValue : notnull
{
    private readonly TValue? _value;

    protected WireValue(string text, bool isValid, TValue? value)
    {
        Text = text;
        IsValid = isValid;
        _value = value;
    }

    public string Text { get; }

    public bool IsValid { get; }

    public abstract string Expected { get; }

    /// <summary>
    /// The parsed value. Reading it from a value the validator should have refused is a bug, answered with the
    /// documented 500 body.
    /// </summary>
    public TValue Value => IsValid ? _value! : throw new InvalidOperationException($"'{Text}' is not {Expected}; the operation's validator should have refused it.");

    object IWireValue.Stored => Stored;

    protected virtual object Stored => Value;

    public override string ToString() => Text;
}
