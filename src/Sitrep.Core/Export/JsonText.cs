using System.Globalization;
using System.Text;

namespace Sitrep.Export;

/// <summary>
/// A minimal JSON writer for the export files: compact, members in the order written, non-ASCII text written as
/// itself (UTF-8 when the output is UTF-8). Only what JSON requires is escaped: quotation mark, reverse solidus,
/// control characters; a lone surrogate is written as its \u escape, so that no character is lost or changed.
/// </summary>
internal sealed class JsonText
{
    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    public void Clear()
    {
        _text.Clear();
        _hasItems.Clear();
        _afterName = false;
    }

    public override string ToString() => _text.ToString();

    public JsonText BeginObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText BeginArray() => Open('[');

    public JsonText EndArray() => Close(']');

    /// <summary>Opens an object or an array as the next value: its items are written after it.</summary>
    private JsonText Open(char bracket)
    {
        BeforeValue();
        _text.Append(bracket);
        _hasItems.Push(false);
        return this;
    }

    /// <summary>Closes the object or array opened last.</summary>
    private JsonText Close(char bracket)
    {
        _hasItems.Pop();
        _text.Append(bracket);
        return this;
    }

    public JsonText Name(string name)
    {
        BeforeValue();
        AppendString(_text, name);
        _text.Append(':');
        _afterName = true;
        return this;
    }

    public JsonText String(string? value)
    {
        if (value is null) return Null();
        BeforeValue();
        AppendString(_text, value);
        return this;
    }

    public JsonText Number(long? value)
    {
        if (value is null) return Null();
        BeforeValue();
        _text.Append(value.Value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A number already formatted as a JSON number, or null.</summary>
    public JsonText RawNumber(string? number)
    {
        if (number is null) return Null();
        BeforeValue();
        _text.Append(number);
        return this;
    }

    public JsonText Bool(bool? value)
    {
        if (value is null) return Null();
        BeforeValue();
        _text.Append(value.Value ? "true" : "false");
        return this;
    }

    public JsonText Null()
    {
        BeforeValue();
        _text.Append("null");
        return this;
    }

    public JsonText Strings(IEnumerable<string> values)
    {
        BeginArray();
        foreach (var v in values) String(v);
        return EndArray();
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_hasItems.Count == 0) return;
        if (_hasItems.Peek()) _text.Append(',');
        else
        {
            _hasItems.Pop();
            _hasItems.Push(true);
        }
    }

    internal static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        AppendEscape(text, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendEscape(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        text.Append('"');
    }

    private static void AppendEscape(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
