namespace Sitrep.Sources;

/// <summary>A read-only stream that gives back bytes already read from a stream (to look at its start) before the rest of it.</summary>
internal sealed class ReplayStream : Stream
{
    private readonly byte[] _prefix;
    private readonly Stream _rest;
    private int _position;

    public ReplayStream(byte[] prefix, Stream rest)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < _prefix.Length)
        {
            var n = Math.Min(count, _prefix.Length - _position);
            Buffer.BlockCopy(_prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        return _rest.Read(buffer, offset, count);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _rest.Dispose();
        base.Dispose(disposing);
    }
}
