using System.Net.Http.Headers;
using System.Text;

namespace Msp.IntegrationTests.Robustness;

/// <summary>Where a request carries its parameters (docs/contract.md §1: any source, for any operation).</summary>
internal enum Carrier
{
    Query,
    Form,
    Multipart,
    Json,
}

/// <summary>One broken request, built anew for each send (a request message is good for one send only).</summary>
internal sealed record Variant(string Name, Func<HttpRequestMessage> Build)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile requests for one route: every method; tokens that are not; every parameter set to every hostile value
/// in every carrier; JSON of the wrong types; each parameter alone, and among plausible others; bodies that are
/// malformed or not UTF-8.
/// </summary>
internal static class HostileRequests
{
    public static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

    /// <summary>
    /// <see cref="Uri"/> refuses strings over 65,519 characters (and Kestrel refuses request lines over 8 KB with 414
    /// before any operation sees them), so in a path or query string the 100 KB value shares this budget.
    /// </summary>
    private const int UriBudget = 60_000;

    /// <summary>Parameters tried alone with every value when a request has at most this many; larger ones are sampled.</summary>
    private const int ParametersTriedWithEveryValue = 4;

    /// <summary>Among plausible others, each parameter meets every third hostile value.</summary>
    private const int DeepStride = 3;

    private const string AccessToken = "access_token";

    public static IReadOnlyList<Variant> For(RouteUnderTest route)
    {
        var variants = new List<Variant>();
        var everyName = route.Operations.SelectMany(o => o.Parameters).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var method in Methods)
        {
            variants.Add(new($"{method}, no parameters", () => Build(route, method, [], Carrier.Query)));
            if (everyName.Length > 0)
            {
                var quote = HostileValue.All.Single(v => v.Name == "SQL quote");
                variants.Add(new($"{method}, every parameter = {quote} in the query", () => Build(route, method, Fields(everyName, quote.Bytes), Carrier.Query)));
            }
        }

        // The token is a parameter too (docs/contract.md §1); a header token, where the caller has one, goes before it.
        for (var j = 0; j < HostileValue.All.Count; j++)
        {
            var (value, carrier) = (HostileValue.All[j], (Carrier)(j % 4));
            var method = carrier == Carrier.Query ? route.Operations[0].Method : "POST";
            variants.Add(new($"{AccessToken} = {value} in {carrier}", () => Build(route, method, [new Field(AccessToken, value.Bytes, null)], carrier)));
        }

        foreach (var (name, header, value) in BrokenCredentials())
        {
            variants.Add(new(name, () =>
            {
                var request = Build(route, route.Operations[0].Method, [], Carrier.Query);
                request.Headers.TryAddWithoutValidation(header, value);
                return request;
            }));
        }

        foreach (var operation in route.Operations)
        {
            variants.AddRange(For(route, operation));
        }

        return variants;
    }

    private static IEnumerable<Variant> For(RouteUnderTest route, OperationUnderTest operation)
    {
        var label = route.Operations.Count > 1 ? $"{operation.Request?.Name}: " : "";
        var names = operation.Parameters;
        var queryMethod = operation.Method;

        // Clients post the parameters of GET operations too; a path where each method is another operation keeps its own.
        var bodyMethod = operation.Method != "GET" || route.Operations.Count > 1 ? operation.Method : "POST";
        string MethodFor(Carrier carrier) => carrier == Carrier.Query ? queryMethod : bodyMethod;

        if (names.Length > 0)
        {
            foreach (var value in HostileValue.All)
            {
                foreach (var carrier in Enum.GetValues<Carrier>())
                {
                    yield return new($"{label}every parameter = {value} in {carrier}", () => Build(route, MethodFor(carrier), Fields(names, value.Bytes), carrier));
                }
            }

            foreach (var (type, json) in HostileValue.WrongJsonTypes)
            {
                yield return new($"{label}every parameter = {type} in JSON", () => Build(route, bodyMethod, Fields(names, Encoding.UTF8.GetBytes(json), json), Carrier.Json));
            }

            var stride = (names.Length + ParametersTriedWithEveryValue - 1) / ParametersTriedWithEveryValue;
            for (var i = 0; i < names.Length; i++)
            {
                for (var j = 0; j < HostileValue.All.Count; j++)
                {
                    if ((i + j) % stride == 0)
                    {
                        var (name, value, carrier) = (names[i], HostileValue.All[j], (Carrier)((i + j) % 4));
                        yield return new($"{label}{name} alone = {value} in {carrier}", () => Build(route, MethodFor(carrier), Fields([name], value.Bytes), carrier));
                    }
                }
            }
        }

        // Each parameter hostile among plausible others, to get past the validator: a sample of the values, in turn.
        for (var i = 0; i < names.Length; i++)
        {
            for (var j = 0; j < HostileValue.All.Count; j++)
            {
                if ((i + j) % DeepStride == 0)
                {
                    var (name, value, carrier) = (names[i], HostileValue.All[j], (Carrier)((i + j) % 4));
                    var unknownIds = (i + j) / DeepStride % 2 == 1;
                    var fields = names.Where(n => n != name)
                        .Select(n => (Name: n, Value: PlausibleValue.For(n) ?? (unknownIds ? PlausibleValue.UnknownId : null)))
                        .Where(f => f.Value is not null)
                        .Select(f => new Field(f.Name, Encoding.UTF8.GetBytes(f.Value!), null))
                        .Append(new Field(name, value.Bytes, null))
                        .ToArray();
                    var ids = unknownIds ? "unknown" : "left out";
                    yield return new($"{label}{name} = {value} among plausible others, ids {ids}, in {carrier}", () => Build(route, MethodFor(carrier), fields, carrier));
                }
            }
        }

        foreach (var (name, contentType, body) in BrokenBodies(names.Length > 0 ? names : ["x"]))
        {
            yield return new($"{label}{name}", () => Build(route, bodyMethod, [], Carrier.Query, Raw(contentType, body)));
        }
    }

    /// <summary>
    /// Credentials that are no such thing, in each place a token may travel. Header values stay ASCII, as HTTP/1.1
    /// has them.
    /// </summary>
    private static IEnumerable<(string Name, string Header, string Value)> BrokenCredentials()
    {
        string[] sample = ["whitespace", "100 KB", "SQL quote", "SQL drop", "%00"];
        foreach (var value in HostileValue.All.Where(v => sample.Contains(v.Name)))
        {
            var text = Encoding.ASCII.GetString(value.Bytes);
            yield return ($"Authorization: Bearer {value}", "Authorization", "Bearer " + text);
            yield return ($"{AccessToken} header = {value}", AccessToken, text);
            yield return ($"session cookie = {value}", "Cookie", "msp_session=" + Escape(value.Bytes));
        }

        yield return ("Authorization: Bearer and nothing", "Authorization", "Bearer ");
        yield return ("Authorization: Basic", "Authorization", "Basic am9yZ2U6Sm9yZ2UjMjAxNg==");
        yield return ("two Authorization headers", "Authorization", "Bearer a, Bearer b");
    }

    private static IEnumerable<(string Name, string ContentType, byte[] Body)> BrokenBodies(string[] names)
    {
        const string Json = "application/json";
        const string Form = "application/x-www-form-urlencoded";
        var bad = HostileValue.InvalidUtf8;
        yield return ("invalid UTF-8 in every JSON value", Json, Concat("{"u8.ToArray(), Join(names.Select(n => Concat(Ascii($"\"{n}\":\""), bad, "\""u8.ToArray())), ","u8.ToArray()), "}"u8.ToArray()));
        yield return ("invalid UTF-8 in a JSON name", Json, Concat("{\""u8.ToArray(), bad, "\":\"x\"}"u8.ToArray()));
        yield return ("invalid UTF-8 in every form value", Form, Join(names.Select(n => Concat(Ascii(n + "="), bad)), "&"u8.ToArray()));
        yield return ("invalid UTF-8 in a form name", Form, Concat(bad, "=x"u8.ToArray()));
        yield return ("invalid UTF-8 in every multipart value", "multipart/form-data; boundary=b", Concat(
            names.Select(n => Concat(Ascii($"--b\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n"), bad, "\r\n"u8.ToArray())).Append("--b--\r\n"u8.ToArray()).ToArray()));
        yield return ("truncated JSON", Json, Ascii("{\"" + string.Join("\":\"x\",\"", names) + "\":"));
        yield return ("JSON garbage", Json, "{{{{]]]]"u8.ToArray());
        yield return ("JSON with trailing garbage", Json, Ascii("{\"" + names[0] + "\":\"x\"}garbage"));
        yield return ("a JSON array", Json, Ascii("[1,2,{\"" + names[0] + "\":\"x\"}]"));
        yield return ("a bare JSON string", Json, "\"x=1\""u8.ToArray());
        yield return ("an empty JSON body", Json, []);
        yield return ("JSON nested 5000 deep", Json, Ascii("{\"" + names[0] + "\":" + new string('[', 5000) + new string(']', 5000) + "}"));
        yield return ("a repeated JSON name", Json, Ascii("{\"" + names[0] + "\":\"1\",\"" + names[0] + "\":\"' OR 1=1 --\"}"));
        yield return ("JSON sent as a form", Form, Ascii("{\"" + names[0] + "\":\"x\"}"));
        yield return ("multipart without a boundary", "multipart/form-data", Ascii($"--x\r\nContent-Disposition: form-data; name=\"{names[0]}\"\r\n\r\nx\r\n--x--\r\n"));
        yield return ("truncated multipart", "multipart/form-data; boundary=x", Ascii($"--x\r\nContent-Disposition: form-data; name=\"{names[0]}\"\r\n\r\nx"));
        yield return ("an unknown content type", "application/x-unknown", Ascii(names[0] + "=x"));
        yield return ("a form in an unknown charset", Form + "; charset=utf-99", Ascii(names[0] + "=x"));
        yield return ("JSON in UTF-16", Json + "; charset=utf-16", Encoding.Unicode.GetBytes("{\"" + names[0] + "\":\"x\"}"));
        yield return ("multipart with an empty boundary", "multipart/form-data; boundary=\"\"", Ascii("--\r\n\r\nx\r\n----\r\n"));
        yield return ("multipart with a 200-character boundary", "multipart/form-data; boundary=" + new string('b', 200), Ascii("--" + new string('b', 200) + "\r\n\r\nx"));
        yield return ("a multipart file part", "multipart/form-data; boundary=b", Ascii($"--b\r\nContent-Disposition: form-data; name=\"{names[0]}\"; filename=\"../../etc/passwd\"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n--b--\r\n"));
        yield return ("a percent sign cut short in a form", Form, Ascii(names[0] + "=%E%ZZ%"));
    }

    /// <summary>The parameters of a request: a name and the bytes of its value, or raw JSON for the JSON carrier.</summary>
    private sealed record Field(string Name, byte[] Bytes, string? Json);

    private static Field[] Fields(IEnumerable<string> names, byte[] bytes, string? json = null) =>
        names.Select(n => new Field(n, bytes, json)).ToArray();

    private static HttpRequestMessage Build(RouteUnderTest route, string method, IReadOnlyList<Field> fields, Carrier carrier, HttpContent? content = null)
    {
        var (path, rest) = PathFor(route, fields, carrier);
        var uri = carrier == Carrier.Query && rest.Count > 0
            ? path + "?" + string.Join('&', rest.Select(f => Escape(Ascii(f.Name)) + "=" + Escape(Cap(f.Bytes, UriBudget / rest.Count))))
            : path;
        var request = new HttpRequestMessage(new HttpMethod(method), uri);
        request.Content = content ?? carrier switch
        {
            Carrier.Form => Raw("application/x-www-form-urlencoded", Ascii(string.Join('&', rest.Select(f => Escape(Ascii(f.Name)) + "=" + Escape(f.Bytes))))),
            Carrier.Multipart => Multipart(rest),
            Carrier.Json => Raw("application/json", JsonObject(rest)),
            _ => null,
        };
        return request;
    }

    /// <summary>
    /// The path with its route parameters filled in: a required one always from the fields (or a placeholder), an
    /// optional one from the fields only for a query-string request (the others carry it in their body). A NUL never
    /// goes in a path: Kestrel answers such a path with a bare 400 before any application sees it, and the test server
    /// refuses to build the request at all.
    /// </summary>
    private static (string Path, List<Field> Remaining) PathFor(RouteUnderTest route, IReadOnlyList<Field> fields, Carrier carrier)
    {
        var path = route.Pattern;
        var rest = fields.ToList();
        foreach (var parameter in route.RouteParameters)
        {
            var field = rest.FirstOrDefault(f => string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            var segment = parameter.IsOptional ? "" : "none";
            if (field is not null && !field.Bytes.Contains((byte)0) && (!parameter.IsOptional || carrier == Carrier.Query))
            {
                rest.Remove(field);
                segment = Escape(Cap(field.Bytes, UriBudget / fields.Count));
            }

            var start = path.IndexOf("{" + parameter.Name, StringComparison.OrdinalIgnoreCase);
            path = path[..start] + segment + path[(path.IndexOf('}', start) + 1)..];
        }

        return (path.StartsWith('/') ? path : "/" + path, rest);
    }

    private static MultipartFormDataContent Multipart(IEnumerable<Field> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in fields)
        {
            content.Add(new ByteArrayContent(field.Bytes), field.Name);
        }

        return content;
    }

    private static byte[] JsonObject(IReadOnlyList<Field> fields)
    {
        var members = fields.Select(f => Concat(JsonString(Ascii(f.Name)), ":"u8.ToArray(), f.Json is null ? JsonString(f.Bytes) : Encoding.UTF8.GetBytes(f.Json)));
        return Concat("{"u8.ToArray(), Join(members, ","u8.ToArray()), "}"u8.ToArray());
    }

    /// <summary>A JSON string of the bytes as they are: quotes, backslashes and controls escaped, nothing else touched.</summary>
    private static byte[] JsonString(byte[] bytes)
    {
        var text = new List<byte>(bytes.Length + 2) { (byte)'"' };
        foreach (var b in bytes)
        {
            if (b is (byte)'"' or (byte)'\\' || b < 0x20)
            {
                text.AddRange(Ascii($"\\u{b:x4}"));
            }
            else
            {
                text.Add(b);
            }
        }

        text.Add((byte)'"');
        return text.ToArray();
    }

    /// <summary>Percent-encodes every byte but the unreserved ones, valid UTF-8 or not.</summary>
    private static string Escape(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static byte[] Cap(byte[] bytes, int length) => bytes.Length > length ? bytes[..length] : bytes;

    private static ByteArrayContent Raw(string contentType, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Join(IEnumerable<byte[]> parts, byte[] separator) =>
        parts.Aggregate(Array.Empty<byte>(), (joined, part) => joined.Length == 0 ? part : Concat(joined, separator, part));
}
