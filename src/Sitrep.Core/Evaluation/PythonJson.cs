using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// JSON values seen as Python sees what <c>json.loads</c> returns, for a faithful port of the reference scorer:
/// <c>d.get(k)</c> (a missing member is null here, like a JSON null), truth, equality (1 == 1.0 == true), hashing
/// into sets (a canonical key), and iteration (a list's items, a string's characters, an object's keys).
/// Where Python would raise (unhashable, not iterable, not an object), these throw <see cref="InvalidDataException"/>.
/// </summary>
internal static class PythonJson
{
    /// <summary><c>obj.get(name)</c>; null when the member is missing or <paramref name="obj"/> is null (an empty dict).</summary>
    public static JsonElement? Get(JsonElement? obj, string name)
    {
        if (obj is not { } o) return null;
        if (o.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"expected a JSON object, not {Describe(o)}, when reading '{name}'");
        return o.TryGetProperty(name, out var value) ? value : null;
    }

    /// <summary>Whether the member is present (Python's <c>name in obj</c>).</summary>
    public static bool Has(JsonElement? obj, string name) => Get(obj, name) is not null;

    /// <summary>Python's <c>x is None</c> for a value read with <see cref="Get"/>.</summary>
    public static bool IsNone(JsonElement? value) => value is null || value.Value.ValueKind == JsonValueKind.Null;

    /// <summary>Python's <c>bool(x)</c>.</summary>
    public static bool Truthy(JsonElement? value)
    {
        if (value is not { } v) return false;
        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
            JsonValueKind.True => true,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => Number(v) is var (integer, real) && (integer is { } i ? !i.IsZero : real != 0.0),
        };
    }

    /// <summary>A number (or a bool, which Python counts as an int): <c>isinstance(x, (int, float))</c>.</summary>
    public static bool IsNumber(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False };

    /// <summary>A JSON number as Python reads it: an int when written without '.', 'e' or 'E', else a float.</summary>
    public static (BigInteger? Integer, double Real) Number(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True: return (BigInteger.One, 1.0);
            case JsonValueKind.False: return (BigInteger.Zero, 0.0);
            case JsonValueKind.Number:
                var raw = value.GetRawText();
                if (raw.AsSpan().IndexOfAny(".eE") < 0)
                {
                    var integer = BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    return (integer, (double)integer);
                }
                return (null, double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
            default:
                throw new InvalidDataException($"expected a number, not {Describe(value)}");
        }
    }

    /// <summary><c>float(x)</c> of a number or bool.</summary>
    public static double Float(JsonElement value) => Number(value).Real;

    /// <summary>
    /// A key equal for two values exactly when Python's <c>==</c> holds and they hash alike: strings by their text,
    /// numbers by value (an int, and a float of integral value, by their integer; other floats by their bits), None.
    /// </summary>
    public static string Key(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return "n";
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return "s" + v.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                var (integer, real) = Number(v);
                if (integer is { } i) return "i" + i.ToString(CultureInfo.InvariantCulture);
                if (double.IsFinite(real) && Math.Floor(real) == real) return "i" + new BigInteger(real).ToString(CultureInfo.InvariantCulture);
                return "f" + real.ToString("R", CultureInfo.InvariantCulture);
            default:
                throw new InvalidDataException($"unhashable value: {Describe(v)}");
        }
    }

    /// <summary>The key of a string, as <see cref="Key"/> gives it for a JSON string.</summary>
    public static string StringKey(string s) => "s" + s;

    /// <summary>Python's <c>a == b</c>.</summary>
    public static bool Equal(JsonElement? a, JsonElement? b)
    {
        if (IsNone(a) || IsNone(b)) return IsNone(a) && IsNone(b);
        var x = a!.Value;
        var y = b!.Value;
        if (IsNumber(x) && IsNumber(y)) return Key(x) == Key(y);
        if (x.ValueKind != y.ValueKind) return false;
        switch (x.ValueKind)
        {
            case JsonValueKind.String:
                return x.GetString() == y.GetString();
            case JsonValueKind.Array:
                if (x.GetArrayLength() != y.GetArrayLength()) return false;
                return x.EnumerateArray().Zip(y.EnumerateArray()).All(p => Equal(p.First, p.Second));
            case JsonValueKind.Object:
                var xs = Members(x);
                var ys = Members(y);
                return xs.Count == ys.Count && xs.All(m => ys.TryGetValue(m.Key, out var other) && Equal(m.Value, other));
            default:
                return false;
        }
    }

    /// <summary>Python's <c>x == "text"</c>.</summary>
    public static bool EqualString(JsonElement? value, string text) =>
        value is { ValueKind: JsonValueKind.String } v && v.GetString() == text;

    /// <summary>The keys of the items of <c>set(x)</c>: a list's items, a string's characters, an object's member names.</summary>
    public static IEnumerable<string> Items(JsonElement? value)
    {
        if (value is not { } v) throw new InvalidDataException("'NoneType' object is not iterable");
        switch (v.ValueKind)
        {
            case JsonValueKind.Array:
                return v.EnumerateArray().Select(item => Key(item)).ToList();
            case JsonValueKind.String:
                return CodePoints(v.GetString()!).Select(StringKey).ToList();
            case JsonValueKind.Object:
                return Members(v).Keys.Select(StringKey).ToList();
            default:
                throw new InvalidDataException($"{Describe(v)} is not iterable");
        }
    }

    /// <summary><c>x or []</c> iterated: nothing for a false value.</summary>
    public static IEnumerable<string> ItemsOrEmpty(JsonElement? value) => Truthy(value) ? Items(value) : [];

    /// <summary><c>obj.get(name, [])</c> iterated: nothing when the member is missing (a null member is an error, as in Python).</summary>
    public static IEnumerable<string> ItemsOrEmpty(JsonElement? obj, string name) =>
        Get(obj, name) is { } v ? Items(v) : [];

    /// <summary>An object's members, the last of duplicate names winning (as <c>json.loads</c> does).</summary>
    public static Dictionary<string, JsonElement> Members(JsonElement obj)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject()) members[p.Name] = p.Value;
        return members;
    }

    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a bool",
        _ => "null",
    };

    private static IEnumerable<string> CodePoints(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return s.Substring(i, 2);
                i++;
            }
            else
            {
                yield return s[i].ToString();
            }
        }
    }
}
