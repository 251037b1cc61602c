using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Msp.Application.Common.Time;

/// <summary>Record timestamps as the spec prints them (<c>"2015-05-14 10:48:04"</c>): stored UTC, no zone suffix.</summary>
public sealed class WireDateTimeConverter : JsonConverter<DateTime>, IWireTextConverter
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string Pattern => "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.ParseExact(reader.GetString()!, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
