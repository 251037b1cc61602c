using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Msp.Application.Common.Time;

namespace Msp.Application.Addresses.AddressList;

/// <summary>
/// <c>updated_isg_at</c> as the old platform sent it: <c>dd.MM.yyyy HH:mm:ss</c>, and for an ISG that never reported,
/// the rendering of its zero date that spec 6.3 prints, <c>"30.11.-0001 00:00:00"</c>, never null (ADR 9).
/// </summary>
public sealed class IsgUpdateTimeConverter : JsonConverter<DateTime?>, IWireTextConverter
{
    public const string Never = "30.11.-0001 00:00:00";

    private const string Format = "dd.MM.yyyy HH:mm:ss";

    public static string Pattern => "^[0-9]{2}\\.[0-9]{2}\\.(-0001|[0-9]{4}) [0-9]{2}:[0-9]{2}:[0-9]{2}$";

    public override bool HandleNull => true;

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text && text != Never
            ? DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value is { } time ? time.ToString(Format, CultureInfo.InvariantCulture) : Never);
}
