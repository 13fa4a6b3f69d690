using System;
using System.IO;
using System.Text.Json;

namespace Partnering.Core.Internal;

/// <summary>
/// What a document reader reads from: either the whole document in memory, or a window onto a
/// seekable stream that holds only what the reader is at (a large workspace is mostly ties and
/// interactions, read one at a time, so the window stays a few megabytes where the document is
/// hundreds). <see cref="Read"/> is the reader's <c>Read()</c> with one promise more: with
/// <c>whole</c>, an object or array it stops at is in the window to its end, so the serializer, the
/// DOM and the hand-written readers can read it as they would from the whole document.
/// </summary>
internal ref struct JsonWindow
{
    private readonly StreamChunks? _chunks;

    /// <summary>A window onto the whole document.</summary>
    public JsonWindow(ReadOnlySpan<byte> all)
    {
        Data = all;
        _chunks = null;
    }

    /// <summary>A window onto a stream, from its current position.</summary>
    public JsonWindow(StreamChunks chunks)
    {
        _chunks = chunks;
        Data = chunks.First();
    }

    /// <summary>The bytes in the window now.</summary>
    public ReadOnlySpan<byte> Data { get; private set; }

    /// <summary>Whether the window reaches the end of the document.</summary>
    public readonly bool IsFinal => _chunks is null || _chunks.IsFinal;

    /// <summary>Whether this window reads from a stream a piece at a time.</summary>
    public readonly bool IsChunked => _chunks is not null;

    /// <summary>A reader over the window.</summary>
    public readonly Utf8JsonReader Reader(JsonReaderOptions options) => new(Data, IsFinal, new JsonReaderState(options));

    /// <summary>
    /// Reads the next token, reading more of the stream when the window ends first. With
    /// <paramref name="whole"/>, a start of an object or array is returned only once its whole value
    /// is in the window (an array only its start with <paramref name="piecewiseArray"/>, for a reader
    /// that then reads its items one at a time, each with <paramref name="whole"/>). Returns false at
    /// the end of the document.
    /// </summary>
    public bool Read(ref Utf8JsonReader reader, bool whole = false, bool piecewiseArray = false)
    {
        while (true)
        {
            var before = reader;
            if (reader.Read())
            {
                if (!whole || _chunks is null || reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)
                    || (piecewiseArray && reader.TokenType == JsonTokenType.StartArray))
                {
                    return true;
                }

                var probe = reader;
                if (probe.TrySkip())
                {
                    return true;
                }
            }
            else if (IsFinal)
            {
                return false;
            }

            reader = before;
            Data = _chunks!.More((int)reader.BytesConsumed);
            reader = new Utf8JsonReader(Data, _chunks.IsFinal, reader.CurrentState);
        }
    }
}

/// <summary>
/// The buffer behind a <see cref="JsonWindow"/> on a stream: it keeps the bytes from the reader's
/// position on, reads more behind them, and grows only when one value needs more room.
/// </summary>
internal sealed class StreamChunks(Stream stream, int size)
{
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(Math.Max(size, 16));
    private int _start;
    private int _end;

    /// <summary>Whether the stream has been read to its end.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>The first bytes, without a leading byte order mark.</summary>
    public ReadOnlySpan<byte> First()
    {
        Fill();
        if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
        {
            _start += 3;
        }

        return _buffer.AsSpan(_start, _end - _start);
    }

    /// <summary>Drops the first <paramref name="consumed"/> bytes of the window and reads more.</summary>
    public ReadOnlySpan<byte> More(int consumed)
    {
        _start += consumed;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One value fills the window: make room for it.
            var larger = GC.AllocateUninitializedArray<byte>((int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            _buffer = larger;
        }

        Fill();
        return _buffer.AsSpan(0, _end);
    }

    private void Fill()
    {
        while (!IsFinal && _end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                IsFinal = true;
            }

            _end += read;
        }
    }
}
