using System.Collections;

namespace Sitrep.Annotation;

/// <summary>
/// A read-only window [offset, offset + count) of an annotation layer, handed out by <see cref="AnnotatedDocument"/>
/// instead of an iterator: it knows its count and copies itself in one go, so <c>ToList()</c>, <c>Any()</c> and
/// <c>Count()</c> on it cost no enumeration. Layers never change, so the window never goes stale.
/// </summary>
internal sealed class LayerSlice<T> : IList<T>, IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _layer;
    private readonly int _offset;

    public LayerSlice(IReadOnlyList<T> layer, int offset, int count)
    {
        _layer = layer;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }
    public bool IsReadOnly => true;

    public T this[int index]
    {
        get => (uint)index < (uint)Count ? _layer[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));
        set => throw new NotSupportedException("an annotation layer is read-only");
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _layer[_offset + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void CopyTo(T[] array, int arrayIndex)
    {
        for (var i = 0; i < Count; i++) array[arrayIndex + i] = _layer[_offset + i];
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++) if (comparer.Equals(_layer[_offset + i], item)) return i;
        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void Add(T item) => throw new NotSupportedException("an annotation layer is read-only");
    public void Clear() => throw new NotSupportedException("an annotation layer is read-only");
    public bool Remove(T item) => throw new NotSupportedException("an annotation layer is read-only");
    public void Insert(int index, T item) => throw new NotSupportedException("an annotation layer is read-only");
    public void RemoveAt(int index) => throw new NotSupportedException("an annotation layer is read-only");
}
