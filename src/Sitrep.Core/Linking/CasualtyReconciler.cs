using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Turns every reported figure of killed (or injured) into one estimate, in the spirit of UCDP's best/low/high:
/// <list type="bullet">
/// <item>Figures from a perpetrator's own outlet (data/lexicons/outlets.tsv, e.g. Amaq) are kept as reports but never used for the estimate.</item>
/// <item>A later report from the same source supersedes its earlier ones (tolls grow as knowledge grows).</item>
/// <item><c>best</c> is the highest remaining figure (the most complete count), <c>low</c> the lowest, <c>high</c> the highest
///   including upper bounds ("up to 60"). Vague words ("dozens") never set a figure.</item>
/// <item><c>Disputed</c> when two named sources give figures that differ by more than 10%.</item>
/// </list>
/// </summary>
public sealed class CasualtyReconciler
{
    private static readonly Lazy<CasualtyReconciler> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "outlets.tsv")));
    private readonly HashSet<string> _perpetratorOutlets = new(StringComparer.OrdinalIgnoreCase);

    public static CasualtyReconciler Default => LazyDefault.Value;

    public static CasualtyReconciler Load(string path)
    {
        var r = new CasualtyReconciler();
        foreach (var (_, f) in TsvFile.Read(path, 2)) r._perpetratorOutlets.Add(f[0]);
        return r;
    }

    public bool IsPerpetratorOutlet(string? source) => source is not null && _perpetratorOutlets.Contains(source);

    public CasualtyEstimate Reconcile(IEnumerable<CasualtyFigure> figures)
    {
        var reports = figures
            .OrderBy(f => f.Evidence.Document, StringComparer.Ordinal).ThenBy(f => f.Evidence.Start)
            .ToList();
        if (reports.Count == 0) return CasualtyEstimate.None;

        var credible = reports.Where(f => f.Value is not null && !IsPerpetratorOutlet(f.Source)).ToList();
        // a later report from a named source supersedes its earlier ones
        var latest = credible
            .GroupBy(f => f.Source ?? "\u0000" + f.Evidence.Document)
            .SelectMany(g =>
            {
                var newest = g.Max(f => f.Published ?? DateOnly.MinValue);
                return g.Where(f => (f.Published ?? DateOnly.MinValue) == newest);
            })
            .ToList();
        if (latest.Count == 0) return new CasualtyEstimate(null, null, null, reports);

        var firm = latest.Where(f => f.Qualifier != Qualifiers.AtMost).Select(f => f.Value!.Value).ToList();
        int? best = firm.Count > 0 ? firm.Max() : null;
        int? low = firm.Count > 0 ? firm.Min() : null;
        int? high = latest.Max(f => f.Value!.Value);
        var named = latest.Where(f => f.Source is not null).GroupBy(f => f.Source).Select(g => g.Max(f => f.Value!.Value)).ToList();
        var disputed = named.Count > 1 && named.Max() > 0 && (named.Max() - named.Min()) > 0.1 * named.Max();
        return new CasualtyEstimate(best, low, high, reports, disputed);
    }
}
