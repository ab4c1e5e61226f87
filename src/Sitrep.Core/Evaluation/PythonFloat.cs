using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>Python's text for floats: <c>f"{x:.3f}"</c> and <c>repr(x)</c> (what <c>json.dumps</c> writes).</summary>
internal static class PythonFloat
{
    /// <summary>
    /// <c>f"{x:.3f}"</c>: the exact binary value rounded half-to-even to three decimals (0.0625 gives "0.062").
    /// .NET's "F3" rounds the exact value the same way (IEEE-correct formatting since .NET Core 3.0).
    /// </summary>
    public static string Fixed3(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var text = x.ToString("F3", CultureInfo.InvariantCulture);
        // Python keeps the sign of a negative value that rounds to zero ("-0.000"); so does .NET Core 3.0+.
        return text;
    }

    /// <summary><c>repr(x)</c>: the shortest digits that round-trip, positional for 1e-4 &lt;= |x| &lt; 1e16, else "1e-05" style.</summary>
    public static string Repr(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "Infinity" : "-Infinity";
        var r = x.ToString("R", CultureInfo.InvariantCulture);
        var negative = r.StartsWith('-');
        if (negative) r = r[1..];
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var point = r.IndexOf('.');
        var digits = point >= 0 ? r.Remove(point, 1) : r;
        // The value is 0.DIGITS x 10^decpt.
        var decpt = (point >= 0 ? point : r.Length) + exponent;
        var trimmed = digits.TrimStart('0');
        decpt -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        var result = new StringBuilder();
        if (negative) result.Append('-');
        if (digits.Length == 0)
        {
            result.Append("0.0");
        }
        else if (decpt <= -4 || decpt > 16)
        {
            result.Append(digits[0]);
            if (digits.Length > 1) result.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = decpt - 1;
            result.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            result.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            result.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            result.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return result.ToString();
    }
}
