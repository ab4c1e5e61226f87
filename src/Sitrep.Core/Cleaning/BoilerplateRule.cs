using System.Text.RegularExpressions;

namespace Sitrep.Cleaning;

/// <summary>
/// One row of <c>data/cleaning/boilerplate.tsv</c>. A pattern is a whole line (<c>Exit mobile version</c>), a prefix
/// ending in <c>*</c> (<c>Read more:*</c>), both compared ignoring case and white space runs, or a regular expression
/// between slashes (<c>/^\d+ min read$/</c>, .NET syntax, ignoring case), which matches anywhere in the line unless anchored.
/// </summary>
public sealed class BoilerplateRule
{
    /// <summary>
    /// A bound for a pathological line only: a rule's match takes microseconds. It is wall-clock time, so it must hold on a
    /// loaded machine too (at 200 ms a match descheduled on busy cores timed out and a rule failed to match its own example).
    /// </summary>
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex? _regex;
    private readonly string _key = "";
    private readonly bool _prefix;

    private BoilerplateRule(string pattern, BoilerplateAction action, string? example, Regex? regex, string key, bool prefix, string? expression = null)
    {
        Expression = expression;
        Pattern = pattern;
        Action = action;
        Example = example;
        _regex = regex;
        _key = key;
        _prefix = prefix;
    }

    public string Pattern { get; }
    public BoilerplateAction Action { get; }

    /// <summary>A line (written for the data file) that the rule must match, so every row can be tested.</summary>
    public string? Example { get; }

    public bool IsRegex => _regex is not null;

    /// <summary>The regular expression between the slashes, or null for a plain pattern.</summary>
    internal string? Expression { get; }

    /// <summary>The plain pattern's key (<see cref="LineKey"/>), "" for a regular expression.</summary>
    internal string Key => _key;

    /// <summary>A plain pattern ending in '*': the key is a prefix.</summary>
    internal bool IsPrefix => _prefix;

    /// <summary>Drops the line (or the rest): whether it matches decides, not what it matches.</summary>
    internal bool Drops => Action is BoilerplateAction.DropLine or BoilerplateAction.DropRest or BoilerplateAction.DropList or BoilerplateAction.DropThread;

    /// <summary>A rule from its fields; throws <see cref="ArgumentException"/> on an unknown action or a bad regex.</summary>
    public static BoilerplateRule Create(string pattern, string action, string? example = null)
    {
        var parsed = action.Trim().ToLowerInvariant() switch
        {
            "drop_line" => BoilerplateAction.DropLine,
            "drop_rest" => BoilerplateAction.DropRest,
            "drop_list" => BoilerplateAction.DropList,
            "drop_thread" => BoilerplateAction.DropThread,
            "resume" => BoilerplateAction.Resume,
            "strip" => BoilerplateAction.Strip,
            "teaser" => BoilerplateAction.Teaser,
            _ => throw new ArgumentException($"unknown action \"{action}\" (expected drop_line, drop_rest, drop_list, drop_thread, resume, strip or teaser)"),
        };
        example = string.IsNullOrWhiteSpace(example) ? null : example;
        if (pattern.Length >= 2 && pattern[0] == '/' && pattern[^1] == '/')
        {
            Regex regex;
            try
            {
                var expression = pattern[1..^1];
                var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
                // Drop rules are first tried all at once (BoilerplateRules' prefilter); one by one only when that matched,
                // so compiling each would cost start-up time for nothing. Strip and teaser rules run on every line.
                if (parsed is BoilerplateAction.Strip or BoilerplateAction.Teaser) options |= RegexOptions.Compiled;
                // Anchored at the line's end (credits, teasers' ellipses): searching from the end tries one place, not every one.
                if (expression.EndsWith('$') && !expression.EndsWith(@"\$", StringComparison.Ordinal) && !expression.StartsWith('^'))
                    options |= RegexOptions.RightToLeft;
                regex = new Regex(expression, options, RegexTimeout);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"bad regular expression {pattern}: {e.Message}");
            }
            return new BoilerplateRule(pattern, parsed, example, regex, "", prefix: false, pattern[1..^1]);
        }
        if (parsed is BoilerplateAction.Strip or BoilerplateAction.Teaser)
            throw new ArgumentException($"a {action} rule needs a regular expression between slashes, not \"{pattern}\"");
        var prefix = pattern.EndsWith('*');
        var key = LineKey.Of(prefix ? pattern[..^1] : pattern);
        if (key.Length == 0) throw new ArgumentException("empty pattern");
        return new BoilerplateRule(pattern, parsed, example, null, key, prefix);
    }

    /// <summary>The part of a trimmed line the rule matches (the whole line for plain patterns), or null.</summary>
    public Range? Match(string line) => Match(line.AsSpan(), _regex is null ? LineKey.Of(line) : "");

    /// <summary>As <see cref="Match(string)"/>, with the line's <see cref="LineKey"/> already computed.</summary>
    public Range? Match(string line, string key) => Match(line.AsSpan(), key);

    /// <summary>As <see cref="Match(string, string)"/>, over a part of a text (no copy of the line is made).</summary>
    internal Range? Match(ReadOnlySpan<char> line, string key)
    {
        if (_regex is null)
        {
            var hit = _prefix ? key.StartsWith(_key, StringComparison.Ordinal) : key == _key;
            return hit ? Range.All : null;
        }
        try
        {
            // the first match, as Regex.Match finds it (the rightmost one for a right-to-left rule), without a Match object
            foreach (var match in _regex.EnumerateMatches(line))
                return new Range(match.Index, match.Index + match.Length);
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // a line this pathological is left as it is
        }
    }

    public override string ToString() => $"{Pattern} ({Action})";
}
