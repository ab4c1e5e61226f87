using Sitrep.Lexicons;

namespace Sitrep.Cleaning;

/// <summary>The boilerplate rules, in file order, read from <c>data/cleaning/boilerplate.tsv</c> (<c>pattern TAB action TAB example</c>).</summary>
public sealed class BoilerplateRules
{
    private static readonly Lazy<BoilerplateRules> Shared = new(() => Load(DataFiles.PathOf("cleaning", "boilerplate.tsv")));

    public BoilerplateRules(IEnumerable<BoilerplateRule> rules)
    {
        Rules = rules.ToList();
        Drops = new DropFilter(Rules);
    }

    /// <summary>The project's rules.</summary>
    public static BoilerplateRules Default => Shared.Value;

    public IReadOnlyList<BoilerplateRule> Rules { get; }

    /// <summary>Whether any drop rule may match a line, asked once per line before the rules are tried one by one.</summary>
    internal DropFilter Drops { get; }

    /// <summary>Reads a rules file; a bad row is an <see cref="InvalidDataException"/> naming the file and line.</summary>
    public static BoilerplateRules Load(string path)
    {
        var rules = new List<BoilerplateRule>();
        foreach (var (line, fields) in TsvFile.Read(path, minFields: 2))
        {
            try
            {
                rules.Add(BoilerplateRule.Create(fields[0], fields[1], fields.Length > 2 ? fields[2] : null));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}:{line}: {e.Message}");
            }
        }
        return new BoilerplateRules(rules);
    }

    /// <summary>Whether a drop_line or drop_rest rule matches the (trimmed) line.</summary>
    public bool IsBoilerplateLine(string line)
    {
        var key = LineKey.Of(line);
        return Drops.MayMatch(line, key) && Rules.Any(r => r.Drops && r.Match(line.AsSpan(), r.IsRegex ? "" : key) is not null);
    }
}
