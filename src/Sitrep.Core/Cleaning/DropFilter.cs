using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Cleaning;

/// <summary>
/// All the drop rules (drop_line, drop_rest) of a rule set asked at once: their plain keys in a set and a list of
/// prefixes, their regular expressions joined into one alternation. A line that no drop rule matches (almost every
/// line) is told so with one regular-expression match instead of one per rule; a line that one may match goes
/// through the rules in order, so which rule decides is exactly as before. Only says "no" when no rule matches.
/// </summary>
internal sealed class DropFilter
{
    /// <summary>
    /// A bound for a pathological line only: a rule's match takes microseconds. It is wall-clock time, so it must hold on a
    /// loaded machine too (at 200 ms a match descheduled on busy cores timed out and a rule failed to match its own example).
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly Regex? _any;
    private readonly bool _all; // a rule that cannot be joined: every line is tried rule by rule

    public DropFilter(IReadOnlyList<BoilerplateRule> rules)
    {
        var alternatives = new List<string>();
        foreach (var rule in rules.Where(r => r.Drops))
        {
            if (rule.Expression is null)
            {
                if (rule.IsPrefix) _prefixes.Add(rule.Key);
                else _keys.Add(rule.Key);
            }
            else if (Joinable(rule.Expression)) alternatives.Add(rule.Expression);
            else _all = true;
        }
        if (alternatives.Count > 0)
        {
            var joined = new StringBuilder();
            foreach (var a in alternatives) joined.Append(joined.Length == 0 ? "" : "|").Append("(?:").Append(a).Append(')');
            _any = new Regex(joined.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
        }
    }

    /// <summary>Whether some drop rule may match the trimmed line with this <see cref="LineKey"/>; false only when none does.</summary>
    public bool MayMatch(ReadOnlySpan<char> line, string key)
    {
        if (_all || _keys.Contains(key)) return true;
        foreach (var prefix in _prefixes) if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        if (_any is null) return false;
        try
        {
            return _any.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // let the rules decide one by one, as they always did
        }
    }

    /// <summary>
    /// An expression that means the same inside an alternation: no numbered back-reference (the groups are renumbered
    /// there) and no conditional or inline option that could leak. Others are tried on their own.
    /// </summary>
    private static bool Joinable(string expression)
    {
        for (var i = 0; i + 1 < expression.Length; i++)
        {
            if (expression[i] == '\\')
            {
                var next = expression[i + 1];
                if (char.IsAsciiDigit(next) && next != '0' || next == 'k') return false;
                i++;
                continue;
            }
            if (expression[i] == '(' && expression[i + 1] == '?' && i + 2 < expression.Length && expression[i + 2] is '(' or 'x' or '#') return false;
        }
        return true;
    }
}
