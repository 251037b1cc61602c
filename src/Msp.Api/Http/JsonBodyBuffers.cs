using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;

namespace Msp.Api.Http;

/// <summary>
/// The buffers JSON answers are serialized into before they are sent (<see cref="ResultWriter"/>): a bounded pool, so a
/// request reuses a buffer and its writer instead of allocating them; a buffer grown past <see cref="MaxKeptBytes"/>
/// by a large answer is dropped rather than kept.
/// </summary>
internal static class JsonBodyBuffers
{
    private const int MaxKeptBytes = 256 * 1024;

    private static readonly ObjectPool<JsonBody> Pool = new DefaultObjectPool<JsonBody>(new Policy(), Environment.ProcessorCount * 8);

    public static JsonBody Rent() => Pool.Get();

    public static void Return(JsonBody body) => Pool.Return(body);

    private sealed class Policy : IPooledObjectPolicy<JsonBody>
    {
        public JsonBody Create() => new();

        public bool Return(JsonBody obj)
        {
            if (obj.Reset() <= MaxKeptBytes)
            {
                return true;
            }

            obj.Dispose();
            return false;
        }
    }
}

/// <summary>One answer's bytes, written with the wire's settings (<see cref="WireJson"/>).</summary>
internal sealed class JsonBody : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;

    public JsonBody() =>
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = WireJson.Options.Encoder, SkipValidation = true });

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    public void Write(object value)
    {
        JsonSerializer.Serialize(_writer, value, value.GetType(), WireJson.Options);
        _writer.Flush();
    }

    /// <summary>Empties the buffer for the next answer; answers its capacity.</summary>
    public int Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _buffer.Capacity;
    }

    public void Dispose() => _writer.Dispose();
}
