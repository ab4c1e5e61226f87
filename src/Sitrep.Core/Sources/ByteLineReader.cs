namespace Sitrep.Sources;

/// <summary>
/// Reads a stream line by line as raw bytes, so each line can be checked for UTF-8 on its own and a file is
/// never held whole. A line longer than the limit is skipped and reported as too long.
/// </summary>
public sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteLineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line without its end of line ("\n" or "\r\n"); valid until the next call. False at the end of the
    /// stream. <paramref name="tooLong"/> is set (and the line empty) when the line was over the limit.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = Trim(_buffer.AsMemory(_start, length));
                _start += length + 1;
                LineNumber++;
                return true;
            }
            searched = _end - _start;
            if (_eof)
            {
                LineNumber++;
                line = Trim(_buffer.AsMemory(_start, _end - _start));
                _start = _end;
                if (line.Length == 0 && searched == 0)
                {
                    LineNumber--;
                    return false;
                }
                return true;
            }
            if (searched > _maxLineBytes)
            {
                SkipRestOfLine();
                LineNumber++;
                tooLong = true;
                line = ReadOnlyMemory<byte>.Empty;
                return true;
            }
            Fill();
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _maxLineBytes + 1L));
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    private void SkipRestOfLine()
    {
        _start = _end = 0;
        while (!_eof)
        {
            var read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0) { _eof = true; break; }
            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _end = read;
                return;
            }
        }
    }
}
