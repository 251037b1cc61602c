using System.Text;

namespace Msp.IntegrationTests.Robustness;

/// <summary>A value a careless or hostile client sends, as the bytes that go on the wire.</summary>
internal sealed record HostileValue(string Name, byte[] Bytes)
{
    public const int HugeLength = 100 * 1024;

    public static IReadOnlyList<HostileValue> All { get; } =
    [
        Text("empty", ""),
        Text("whitespace", " \t\r\n "),
        Text("100 KB", new string('x', HugeLength)),
        Text("SQL quote", "' OR 1=1 --"),
        Text("SQL drop", "\"; DROP TABLE accounts; --"),
        Text("-1", "-1"),
        Text("0", "0"),
        Text("23 digits", "99999999999999999999999"),
        Text("1e309", "1e309"),
        Text("NaN", "NaN"),
        Text("script", "<script>alert(1)</script>"),
        Text("%00", "%00"),
        Text("NUL", "a\0b"),
        Text("path traversal", "../../etc/passwd"),
        Text("unicode", "Jiménez 🙂"),

        // U+D800 written as UTF-8 would write it: no decoder may accept it, and no encoder of ours can produce it.
        new("lone surrogate", [(byte)'a', 0xED, 0xA0, 0x80, (byte)'b']),
    ];

    /// <summary>Not UTF-8 at all: a lone continuation byte, bytes that never occur, a truncated two-byte sequence.</summary>
    public static byte[] InvalidUtf8 { get; } = [0x80, 0xFF, 0xFE, 0xC3, 0x28];

    /// <summary>JSON that is not the string a parameter should be, as raw JSON text.</summary>
    public static IReadOnlyList<(string Name, string Json)> WrongJsonTypes { get; } =
    [
        ("a number", "12345"),
        ("a huge number", "-1.5e300"),
        ("a number beyond double", "1e309"),
        ("true", "true"),
        ("null", "null"),
        ("an array", """[1,"two",null,[]]"""),
        ("an object", """{"a":{"b":1}}"""),
        ("an escaped lone surrogate", "\"\\ud800\""),
    ];

    public override string ToString() => Name;

    private static HostileValue Text(string name, string value) => new(name, Encoding.UTF8.GetBytes(value));
}
