using Sitrep.Duplicates;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Turns every reported figure of killed (or injured) into one estimate, in the spirit of UCDP's best/low/high
/// (the full policy, with examples, is in docs/LINKING.md):
/// <list type="bullet">
/// <item>A copy's figure (a wire copy or reprint, see <see cref="CopyMap"/>) that repeats its original's figure is the
///   same statement: it is dropped, so one story is counted once. A copy's other figures count as its original's.</item>
/// <item>Figures from a perpetrator's own outlet (data/lexicons/outlets.tsv, e.g. Amaq) or from the perpetrator itself
///   are kept as reports but never used for the estimate.</item>
/// <item>A withdrawn figure (a correction's "an earlier version of this story said four were killed", see
///   <see cref="CasualtyFigure.Withdrawn"/>) is kept as a report but never used, and it withdraws the same value wherever
///   another document of the incident gave it up to the correction's day (the error the correction speaks of).</item>
/// <item>A rumoured figure (hearsay: "heard 5 dead", <see cref="CasualtyFigure.Rumoured"/>) is kept as a report but used
///   only when no other credible figure was given.</item>
/// <item>A later report from the same source supersedes its earlier ones (tolls grow as knowledge grows). The source is
///   the named source, else the (original) document.</item>
/// <item>A running toll ("the toll has climbed to five") updates the figures of earlier days, whoever gave them.</item>
/// <item>Deaths among the hurt that a later document tells with no toll of its own ("one of the wounded died on Tuesday")
///   add to the highest figure of the days before: a running toll of their day.</item>
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

    /// <param name="figures">Every figure of the reports behind the estimate.</param>
    /// <param name="copies">Which documents are copies of which; none by default.</param>
    /// <param name="perpetrators">Actors blamed for the incident: figures they give themselves are not trusted.</param>
    public CasualtyEstimate Reconcile(IEnumerable<CasualtyFigure> figures, CopyMap? copies = null, IReadOnlyCollection<string>? perpetrators = null)
    {
        copies ??= CopyMap.None;
        var all = figures.OrderBy(f => f.Evidence.Document, StringComparer.Ordinal).ThenBy(f => f.Evidence.Start).ToList();
        var reports = all.Where(f => !RepeatsOriginal(f, all, copies)).ToList();
        if (reports.Count == 0) return CasualtyEstimate.None;

        var credible = reports.Where(f => f.Value is not null && !IsPerpetratorOutlet(f.Source) && !IsPerpetrator(f.Source, perpetrators)
                                          && !WithdrawnBy(f, all)).ToList();
        // hearsay ("heard 5 dead") counts only when no one gave another figure
        if (credible.Any(f => !f.Rumoured)) credible = credible.Where(f => !f.Rumoured).ToList();
        credible = WithLaterDeathsAdded(credible);
        // a later report from a source supersedes its earlier ones; a copy speaks for its original's source
        var latest = credible
            .GroupBy(f => f.Source ?? "\u0000" + copies.OriginalOf(f.Evidence.Document))
            .SelectMany(g =>
            {
                var newest = g.Max(f => f.Published ?? DateOnly.MinValue);
                return g.Where(f => (f.Published ?? DateOnly.MinValue) == newest);
            })
            .ToList();
        latest = UpdatedByRunningToll(latest);
        if (latest.Count == 0) return new CasualtyEstimate(null, null, null, reports);

        var firm = latest.Where(f => f.Qualifier != Qualifiers.AtMost).Select(f => f.Value!.Value).ToList();
        int? best = firm.Count > 0 ? firm.Max() : null;
        int? low = firm.Count > 0 ? firm.Min() : null;
        int? high = latest.Max(f => f.Value!.Value);
        var named = latest.Where(f => f.Source is not null).GroupBy(f => f.Source).Select(g => g.Max(f => f.Value!.Value)).ToList();
        var disputed = named.Count > 1 && named.Max() > 0 && (named.Max() - named.Min()) > 0.1 * named.Max();
        return new CasualtyEstimate(best, low, high, reports, disputed);
    }

    /// <summary>
    /// A running toll (<see cref="CasualtyFigure.Running"/>) given on a later day than other figures updates them, whoever
    /// gave them: Monday's paper counts four dead and the mayor six with a missing herder, Wednesday's says the toll has
    /// climbed to five: five. The figures of the running toll's day and after stand.
    /// </summary>
    private static List<CasualtyFigure> UpdatedByRunningToll(List<CasualtyFigure> figures)
    {
        var running = figures.Where(f => f.Running && f.Published is not null).Select(f => f.Published!.Value).DefaultIfEmpty(DateOnly.MinValue).Max();
        return figures.Where(f => (f.Published ?? DateOnly.MinValue) >= running).ToList();
    }

    /// <summary>
    /// Deaths among the hurt that a later day's document tells with no toll of its own (<see cref="CasualtyFigure.Added"/>:
    /// Sunday's paper counts seven dead, Thursday's says one of the wounded died on Tuesday) add to the highest firm figure
    /// of the days before it (eight), a running toll of their day. With no figure of an earlier day they count only themselves.
    /// </summary>
    private static List<CasualtyFigure> WithLaterDeathsAdded(List<CasualtyFigure> figures)
    {
        if (!figures.Any(f => f.Added && f.Published is not null)) return figures;
        var result = new List<CasualtyFigure>(figures.Count);
        foreach (var f in figures)
        {
            var before = f.Added && f.Published is { } day
                ? figures.Where(e => !e.Added && e.Published < day && e.Qualifier != Qualifiers.AtMost).Select(e => e.Value!.Value).DefaultIfEmpty(0).Max()
                : 0;
            result.Add(before > 0 ? f with { Value = before + f.Value, Running = true } : f);
        }
        return result;
    }

    /// <summary>
    /// The figure is withdrawn itself, or a correction in another document of the incident withdraws its value: the same
    /// number of the same kind, given on or before the correction's day (a later report of that number is news).
    /// </summary>
    private static bool WithdrawnBy(CasualtyFigure f, IReadOnlyList<CasualtyFigure> all) =>
        f.Withdrawn || all.Any(w => w.Withdrawn && w.Value == f.Value && w.Evidence.Document != f.Evidence.Document
                                    && (f.Published ?? DateOnly.MinValue) <= (w.Published ?? DateOnly.MaxValue));

    private static bool IsPerpetrator(string? source, IReadOnlyCollection<string>? perpetrators) =>
        source is not null && perpetrators is not null && perpetrators.Contains(source, StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy's figure that its original also gives (same value, qualifier and source).</summary>
    private static bool RepeatsOriginal(CasualtyFigure f, IReadOnlyList<CasualtyFigure> all, CopyMap copies)
    {
        if (!copies.IsCopy(f.Evidence.Document)) return false;
        var original = copies.OriginalOf(f.Evidence.Document);
        return all.Any(o => o.Evidence.Document == original && o.Value == f.Value && o.Qualifier == f.Qualifier && o.Source == f.Source);
    }
}
