using System.Text.Json;
using Msp.Application.Upstreams;

namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// An upstream's answer to a contact request, the body spec 7.1 and 9.3 print:
/// <c>{"status":{"status":"ok","contact":{…}}}</c>. A field left out or null is relayed as the empty string spec 9.3
/// shows; any other shape is unusable.
/// </summary>
internal static class ContactReply
{
    public static ContactOutcome? Parse(JsonElement body)
    {
        if (!StatusOk(body, out var status) || !status.TryGetProperty("contact", out var contact) || contact.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string?[] fields = ["fullname", "url", "email", "telephone", "schedule", "company", "address", "zip", "city"];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!TryText(contact, fields[i]!, out var text))
            {
                return null;
            }

            fields[i] = text;
        }

        return new ContactOutcome.Found(new UpstreamContact(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!, fields[5]!, fields[6]!, fields[7]!, fields[8]!));
    }

    /// <summary>Whether the body is <c>{"status":{"status":"ok",…}}</c>; answers the inner object.</summary>
    public static bool StatusOk(JsonElement body, out JsonElement status)
    {
        status = default;
        return body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("status", out status) && status.ValueKind == JsonValueKind.Object
            && status.TryGetProperty("status", out var inner) && inner.ValueKind == JsonValueKind.String && inner.GetString() == "ok";
    }

    private static bool TryText(JsonElement contact, string name, out string text)
    {
        text = "";
        if (!contact.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        text = value.GetString()!;
        return true;
    }
}
