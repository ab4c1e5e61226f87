using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Whether two reports from different articles tell of the same attack. Every rule is symmetric and looks at the two
/// reports (and their articles) alone, so the incidents it forms do not depend on the order articles arrive in.
/// <list type="bullet">
/// <item><see cref="SameIncident"/>: both dated to the day: the same country, days at most <see cref="MaxDayGap"/> apart
///   (the same day when both days were read from the text, not taken from publication, unless the later one corrects the
///   day: <see cref="IncidentReport.CorrectsDate"/>, or one is the later day of a night its text names both days of and the
///   other the evening it began on: <see cref="IncidentReport.DayEndsNight"/>), places within <see cref="MaxKilometres"/> (or one is the province holding the other), compatible attack types,
///   no conflicting perpetrators, and no different streets when both name streets.</item>
/// <item><see cref="SameUndatedIncident"/>: one or both without a day, or one dated only by its publication day: the
///   same place (anywhere in one province when the articles share <see cref="DivisionSharedNames"/> names), type and
///   perpetrator rules, dates that do not contradict each other ("2010-09" holds "2010-09-10"; unknown holds anything;
///   a publication day holds the days up to <see cref="MaxDaysBeforePublication"/> before it), and articles that share
///   at least <see cref="MinSharedNames"/> names (<see cref="NameKeys"/>).</item>
/// <item>Also by <see cref="SameUndatedIncident"/>: two reports of one day whose articles share <see cref="DivisionSharedNames"/>
///   names, anywhere in one province: one outlet places the attack at the village, another at the hospital town
///   its wounded were taken to, 30 km away.</item>
/// <item><see cref="SameTownAndToll"/>: neither dated nor published on a known day: the same small town and death toll.</item>
/// <item><see cref="SameTownAttackDaysApart"/>: days apart within <see cref="MaxDaysBeforePublication"/>, the same small town
///   and type of attack, and articles that share <see cref="DivisionSharedNames"/> names (a later page misdating the attack).</item>
/// <item><see cref="SameMonthTownAndToll"/>: a later article's passing mention of an attack dated by its month only,
///   and a report dated to a day of that month: the same small town and death toll.</item>
/// <item><see cref="SameIncidentInCopies"/>: reports of two near-duplicate articles (one story): the same place (or both
///   without one, at the same position in their articles) and compatible type; their days are not compared.</item>
/// </list>
/// <see cref="Apart"/> says which reports that do not match directly can never share an incident (the linker's check
/// against chaining).
/// </summary>
public static class ReportMatcher
{
    public const double MaxKilometres = 25;
    public const int MaxDayGap = 1;
    public const int MinSharedNames = 2;
    public const long SmallTownPopulation = 150_000;

    private static readonly HashSet<string> DistinctTypes = new(StringComparer.Ordinal) { "bombing", "air_strike", "shelling", "kidnapping" };

    public static bool SameIncident(IncidentReport a, IncidentReport b)
    {
        if (!SamePlaceAndKind(a, b)) return false;
        if (Day(a) is not { } da || Day(b) is not { } db || Math.Abs(da.DayNumber - db.DayNumber) > MaxDayGap) return false;
        // the day gap allows for publication lag; two days both read from the text ("Thursday", "Dec. 10") must agree,
        // or a busy city's shootings on consecutive nights would chain into one incident
        return da == db || !ReadFromText(a, da) || !ReadFromText(b, db) || Redates(a, b) || Redates(b, a)
               || SpansNight(a, da, db) || SpansNight(b, db, da);
    }

    /// <summary>
    /// <paramref name="late"/> is dated to the later day of a night its text names both days of
    /// (<see cref="IncidentReport.DayEndsNight"/>: "the night of Saturday 18 to Sunday 19"), and the other report's day is
    /// the evening that night began on ("on Saturday night", "at 10:30 p.m. on Saturday"): one night, told as two days.
    /// </summary>
    private static bool SpansNight(IncidentReport late, DateOnly lateDay, DateOnly otherDay) =>
        late.DayEndsNight && lateDay == otherDay.AddDays(1);

    /// <summary>
    /// <paramref name="correction"/> denies another day of its attack (<see cref="IncidentReport.CorrectsDate"/>: "it did
    /// not happen at 10 p.m. on Sunday, as first reported") and was published no earlier than <paramref name="other"/>:
    /// the day apart is the one it corrects.
    /// </summary>
    private static bool Redates(IncidentReport correction, IncidentReport other) =>
        correction.CorrectsDate && !other.CorrectsDate && correction.Published is { } c && other.Published is { } o && o <= c;

    /// <param name="sharedNames">How many name keys the two reports' articles share.</param>
    public static bool SameUndatedIncident(IncidentReport a, IncidentReport b, int sharedNames)
    {
        if (sharedNames < MinSharedNames) return false;
        var samePlace = SamePlaceAndKind(a, b, homonyms: true, sameDivision: sharedNames >= DivisionSharedNames);
        if (Day(a) is not { } da || Day(b) is not { } db) return samePlace && DatesAgree(a.Date, b.Date);
        // one day by both, and many names shared: one attack, wherever in the province each outlet places it (the
        // village attacked, the hospital town 30 km off where the wounded were counted)
        if (da == db && sharedNames >= DivisionSharedNames) return samePlace;
        // a day that is only the publication day says the attack happened on or before it: a later article (an arrest,
        // a funeral) that names the same people tells of the attack another report dates
        return samePlace && ((!ReadFromText(a, da) && AtOrBefore(db, da)) || (!ReadFromText(b, db) && AtOrBefore(da, db)));
    }

    /// <summary>
    /// Two reports dated to days apart (at most <see cref="MaxDaysBeforePublication"/>), both placed at one small town
    /// (under <see cref="SmallTownPopulation"/> people), of the same type of attack (not "other"), by no conflicting
    /// perpetrators, whose articles share at least <see cref="DivisionSharedNames"/> names (the victim, the street, the
    /// station he worked for): one attack, which a later page (a discussion page, a long read, an interview) misdates by
    /// the day of a step it tells (a death in hospital, an edit, the interview). A small town seldom has two attacks of
    /// one type in a month whose articles name the same people; a city has, so cities are left to the day rule.
    /// </summary>
    /// <param name="sharedNames">How many name keys the two reports' articles share.</param>
    public static bool SameTownAttackDaysApart(IncidentReport a, IncidentReport b, int sharedNames)
    {
        if (sharedNames < DivisionSharedNames || Day(a) is not { } da || Day(b) is not { } db || da == db
            || Math.Abs(da.DayNumber - db.DayNumber) > MaxDaysBeforePublication) return false;
        if (a.EventType != b.EventType || a.EventType == "other") return false;
        if (a.Place is not { Kind: PlaceKind.City } pa || b.Place is not { Kind: PlaceKind.City } pb || pa.GeonameId != pb.GeonameId
            || pa.Population >= SmallTownPopulation) return false;
        // the later page was published after the earlier attack's day
        var (early, late) = da < db ? (da, b) : (db, a);
        return late.Published is { } published && published > early && SamePlaceAndKind(a, b);
    }

    /// <summary>How long before an article's publication the attack it names people of, with no day of its own, may have been.</summary>
    public const int MaxDaysBeforePublication = 31;

    /// <summary><paramref name="attack"/> falls on or before <paramref name="published"/> (a day's lag allowed), within <see cref="MaxDaysBeforePublication"/>.</summary>
    private static bool AtOrBefore(DateOnly attack, DateOnly published) =>
        attack.DayNumber <= published.DayNumber + MaxDayGap && attack.DayNumber >= published.DayNumber - MaxDaysBeforePublication;

    /// <summary>
    /// One report is a correction of the article the other came from (<see cref="IncidentReport.CorrectsArticleOf"/>:
    /// its publication day), in the same country, of an attack of the same type, and a figure the correction withdraws
    /// (what the article wrongly said) is one the other gives: the correction tells the same attack.
    /// </summary>
    public static bool Corrects(IncidentReport a, IncidentReport b) => Correction(a, b) || Correction(b, a);

    private static bool Correction(IncidentReport correction, IncidentReport other) =>
        correction.CorrectsArticleOf is { } cited && other.CorrectsArticleOf is null && other.Published == cited && !other.Background
        && correction.Place is { } p && other.Place is { } q && p.CountryCode == q.CountryCode
        && (correction.EventType == other.EventType || correction.EventType == "other" || other.EventType == "other")
        && (Gives(correction.Killed, other.Killed) || Gives(correction.Injured, other.Injured));

    private static bool Gives(IReadOnlyList<CasualtyFigure> correction, IReadOnlyList<CasualtyFigure> other) =>
        correction.Any(w => w.Withdrawn && w.Value is not null && other.Any(f => !f.Withdrawn && f.Value == w.Value));

    /// <summary>
    /// Neither report has a day nor its article a publication date (so nothing places them in time), and they share no
    /// names: they are one attack when they are placed at the same small town (under <see cref="SmallTownPopulation"/>
    /// people) and count the same dead, with the same place and type rules and dates that agree. A small town seldom
    /// has two attacks with the same toll; a city has them every week, so cities are left to the names rule.
    /// </summary>
    public static bool SameTownAndToll(IncidentReport a, IncidentReport b) =>
        TownAndToll(a) is { } ta && TownAndToll(b) is { } tb && ta.Town.GeonameId == tb.Town.GeonameId && ta.Toll == tb.Toll
        && SamePlaceAndKind(a, b) && DatesAgree(a.Date, b.Date);

    /// <summary>The small town and the death toll by which <see cref="SameTownAndToll"/> may link a report, or null.</summary>
    public static (Place Town, int Toll)? TownAndToll(IncidentReport r)
    {
        if (r.Published is not null || Day(r) is not null || r.Background || r.Place is not { Kind: PlaceKind.City } town || town.Population >= SmallTownPopulation) return null;
        var toll = LargestToll(r);
        return toll > 0 ? (town, toll) : null;
    }

    /// <summary>
    /// A passing mention of an earlier attack dated by its month only ("the knife attack at the fair in May that killed
    /// three"), in an article published later, and a report of another article dated to a day of that month: one attack
    /// when both are placed at the same small town (under <see cref="SmallTownPopulation"/> people) and count the same
    /// dead, with the same place and type rules. The mention shares few names with the article that told the attack
    /// (it is about another story) and has no day, so neither the names rule nor the day rule can link it.
    /// </summary>
    public static bool SameMonthTownAndToll(IncidentReport a, IncidentReport b) =>
        (MentionOfMonth(a, b) || MentionOfMonth(b, a))
        && TownMonthToll(a) is { } ta && TownMonthToll(b) is { } tb && ta == tb && SamePlaceAndKind(a, b);

    private static bool MentionOfMonth(IncidentReport mention, IncidentReport told) =>
        mention.DatePrecision == "month" && mention.Date is not null && mention.Published is { } published
        && string.CompareOrdinal(mention.Date, published.ToString("yyyy-MM", CultureInfo.InvariantCulture)) < 0
        && Day(told) is not null;

    /// <summary>
    /// The small town, the month and the death toll by which <see cref="SameMonthTownAndToll"/> may link a report
    /// dated to a month or a day, or null.
    /// </summary>
    public static (int Town, string Month, int Toll)? TownMonthToll(IncidentReport r)
    {
        if (r.Background || r.Date is null || r.Place is not { Kind: PlaceKind.City } town || town.Population >= SmallTownPopulation) return null;
        if (!(r.DatePrecision == "month" && r.Date.Length == 7) && Day(r) is null) return null;
        var toll = LargestToll(r);
        return toll > 0 ? (town.GeonameId, r.Date[..7], toll) : null;
    }

    /// <summary>
    /// A passing mention of an earlier attack dated by its month only that counts no dead ("the trial of the men accused
    /// over the car bomb at the checkpoint in X in August 2024"), in an article published later, and a report of another
    /// article dated to a day of that month: one attack when both are placed at the same small town (under
    /// <see cref="SmallTownPopulation"/> people) and name the same kind of attack (not "other"), with the same place and
    /// type rules. The mention names no toll to compare; the month, the small town and the kind tell the attack.
    /// </summary>
    public static bool SameMonthTownAndKind(IncidentReport a, IncidentReport b) =>
        (MentionOfMonth(a, b) && LargestToll(a) == 0 || MentionOfMonth(b, a) && LargestToll(b) == 0)
        && TownMonthKind(a) is { } ka && TownMonthKind(b) is { } kb && ka == kb && SamePlaceAndKind(a, b);

    /// <summary>
    /// The small town, the month and the kind of attack by which <see cref="SameMonthTownAndKind"/> may link a report
    /// dated to a month (counting no dead) or to a day, or null.
    /// </summary>
    public static (int Town, string Month, string Kind)? TownMonthKind(IncidentReport r)
    {
        if (r.Background || r.Date is null || r.EventType == "other" || r.Place is not { Kind: PlaceKind.City } town || town.Population >= SmallTownPopulation) return null;
        if (!(r.DatePrecision == "month" && r.Date.Length == 7 && LargestToll(r) == 0) && Day(r) is null) return null;
        return (town.GeonameId, r.Date[..7], r.EventType);
    }

    /// <summary>The largest death toll of a report that no correction withdrew (0 when it counts no dead).</summary>
    private static int LargestToll(IncidentReport r) =>
        r.Killed.Where(f => f.Value is not null && !f.Withdrawn).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();

    public static bool SameIncidentInCopies(IncidentReport a, IncidentReport b)
    {
        if (a.ArticleId == b.ArticleId || a.Background != b.Background || !Compatible(a, b)) return false;
        if (a.Place is null || b.Place is null) return a.Place is null && b.Place is null && Ordinal(a) == Ordinal(b);
        return a.Place.CountryCode == b.Place.CountryCode && Near(a.Place, b.Place);
    }

    /// <summary>
    /// Two reports dated to the same day that cannot be one incident, whatever reports between them match both: two
    /// reports of one article (the extractor told them apart), or two reports placed at towns of one country that are
    /// not near each other (a province-wide report matching a bomb in one town and a grenade in another 40 km away joins
    /// one of them, and never chains the two into one incident). Used for reports that do not match each other directly.
    /// Reports without a day are left to chain: articles that share names link an attack that outlets place at
    /// different towns (where it began, where the chase ended).
    /// </summary>
    public static bool Apart(IncidentReport a, IncidentReport b)
    {
        if (a.Id == b.Id) return false;
        if (Day(a) is not { } da || Day(b) != da) return false;
        if (a.ArticleId == b.ArticleId) return true;
        return a.Place is { Kind: PlaceKind.City } pa && b.Place is { Kind: PlaceKind.City } pb && !pa.IsArea && !pb.IsArea
               && pa.CountryCode == pb.CountryCode && !Near(pa, pb);
    }

    /// <summary>A day other than the publication day was read from the text, not assumed from when the article appeared.</summary>
    private static bool ReadFromText(IncidentReport r, DateOnly day) => r.Published != day || r.DayPastMidnight;

    public static DateOnly? Day(IncidentReport r) =>
        r.DatePrecision == "day" && r.Date is not null && DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", out var d) ? d : null;

    /// <summary>Two dates ("YYYY", "YYYY-MM", "YYYY-MM-DD" or unknown) agree when the coarser is a prefix of the finer.</summary>
    public static bool DatesAgree(string? a, string? b)
    {
        if (a is null || b is null) return true;
        var n = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a, 0, b, 0, n) == 0;
    }

    /// <summary>
    /// Articles that share this many names tell of one attack wherever in one state or province each places it: one
    /// names the town, another the city it is a suburb of, a third the town where the chase ended.
    /// </summary>
    public const int DivisionSharedNames = 3;

    /// <param name="homonyms">Two places of the same name count as one: articles that share names and call the place
    /// alike ("Vancouver") tell of one place, which the gazetteer read as two (Washington's or British Columbia's).</param>
    /// <param name="sameDivision">Places in the same first-level division (state, province) count as one place.</param>
    private static bool SamePlaceAndKind(IncidentReport a, IncidentReport b, bool homonyms = false, bool sameDivision = false)
    {
        if (a.ArticleId == b.ArticleId) return false;
        if (a.Background || b.Background) return false;
        if (a.Place is null || b.Place is null) return false;
        var oneName = homonyms && a.Place.Kind == b.Place.Kind && string.Equals(a.Place.Name, b.Place.Name, StringComparison.Ordinal);
        var oneDivision = sameDivision && a.Place.CountryCode == b.Place.CountryCode && a.Place.Admin1Code is not null && a.Place.Admin1Code == b.Place.Admin1Code;
        if (!oneName && !oneDivision && (a.Place.CountryCode != b.Place.CountryCode || !Near(a.Place, b.Place))) return false;
        if (!(homonyms || OneWeaponFromAfar(a, b) || BlastOfUnknownMeans(a, b) || BlastOfUnknownMeans(b, a) ? Compatible(a, b, FromAfar) : Compatible(a, b))) return false;
        // a busy city has several shootings a day: reports that both name streets, none the same, are two incidents
        return a.Streets.Count == 0 || b.Streets.Count == 0 || a.Streets.Intersect(b.Streets).Any();
    }

    /// <summary>
    /// Explosives from afar, which outlets name by their guesses ("shelled", "bombed", "an air strike"): articles that
    /// share names may call one such attack by different types.
    /// </summary>
    private static readonly HashSet<string> FromAfar = new(StringComparer.Ordinal) { "bombing", "air_strike", "shelling" };

    /// <summary>Weapons launched from afar (<c>events.tsv</c> weapons), which outlets name while calling the attack by different types.</summary>
    private static readonly HashSet<string> WeaponsFromAfar = new(StringComparer.Ordinal) { "drone", "rocket", "mortar", "artillery", "aircraft" };

    /// <summary>
    /// Both reports name the same weapon launched from afar: one outlet's "drone strike" (an air strike) and another's
    /// "the drone's explosives" (a bombing) tell of one attack, so their types count as one (<see cref="FromAfar"/>).
    /// </summary>
    private static bool OneWeaponFromAfar(IncidentReport a, IncidentReport b) =>
        a.Weapons.Any(w => WeaponsFromAfar.Contains(w) && b.Weapons.Contains(w));

    /// <summary>Weapons that say nothing of how a blast was delivered: "explosions near the market", a fire after them.</summary>
    private static readonly HashSet<string> UnknownMeans = new(StringComparer.Ordinal) { "explosive", "fire" };

    /// <summary>
    /// <paramref name="blast"/> is a bombing told by its explosions alone (no device, no vehicle, no launcher: a witness's
    /// "two loud bangs by the depot"), and <paramref name="strike"/> names a weapon launched from afar: a witness who heard
    /// the blasts and an official who names the drone tell of one attack, so their types count as one. Not when the blast's
    /// report counts more dead or more hurt than the strike's: a toll above the strike's sums more than that attack (a
    /// region's total of a day of shelling).
    /// </summary>
    private static bool BlastOfUnknownMeans(IncidentReport blast, IncidentReport strike) =>
        blast.EventType == "bombing" && blast.Weapons.Count > 0 && blast.Weapons.All(UnknownMeans.Contains)
        && strike.Weapons.Any(WeaponsFromAfar.Contains)
        && LargestToll(blast) <= LargestToll(strike) && LargestHurt(blast) <= LargestHurt(strike);

    /// <summary>The largest count of injured of a report that no correction withdrew (0 when it counts none).</summary>
    private static int LargestHurt(IncidentReport r) =>
        r.Injured.Where(f => f.Value is not null && !f.Withdrawn).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();

    /// <param name="alike">Types that count as one here (beyond the types compatible with anything).</param>
    private static bool Compatible(IncidentReport a, IncidentReport b, IReadOnlySet<string>? alike = null)
    {
        var same = a.EventType == b.EventType || (alike is not null && alike.Contains(a.EventType) && alike.Contains(b.EventType));
        if (DistinctTypes.Contains(a.EventType) && DistinctTypes.Contains(b.EventType) && !same) return false;
        return a.Perpetrator is null || b.Perpetrator is null || OneGroup(a.Perpetrator, b.Perpetrator) || NamedAlike(a, b)
               || (FightsAs(a.Perpetrator) is { } branchA && OneGroup(branchA, b.Perpetrator))
               || (FightsAs(b.Perpetrator) is { } branchB && OneGroup(a.Perpetrator, branchB));
    }

    /// <summary>
    /// One report's group is a name the other's article gives its own in brackets ("X (Y in French)"): one outlet writes
    /// the group's name in one language, another in another.
    /// </summary>
    private static bool NamedAlike(IncidentReport a, IncidentReport b) =>
        a.PerpetratorAliases.Contains(b.Perpetrator!, StringComparer.OrdinalIgnoreCase)
        || b.PerpetratorAliases.Contains(a.Perpetrator!, StringComparer.OrdinalIgnoreCase)
        || a.PerpetratorAliases.Intersect(b.PerpetratorAliases, StringComparer.OrdinalIgnoreCase).Any();

    /// <summary>The same group, or a group and its branch named after it, or one description of the attackers told with and without a qualifier.</summary>
    private static bool OneGroup(string a, string b) =>
        a == b || AffiliateOf(a, b) || AffiliateOf(b, a) || Qualified(a, b) || Qualified(b, a);

    /// <summary>
    /// <paramref name="qualified"/> is the description <paramref name="bare"/> with qualifiers before it ("armed herders",
    /// "suspected herders" of "herders"), both descriptions rather than names (lower case): one outlet says "armed
    /// herders", another "herders", of the same attackers.
    /// </summary>
    private static bool Qualified(string qualified, string bare) =>
        bare.Length > 0 && char.IsLower(bare[0]) && char.IsLower(qualified[0]) && qualified.Length > bare.Length + 1
        && qualified[^(bare.Length + 1)] == ' ' && qualified.EndsWith(bare, StringComparison.Ordinal);

    /// <summary>
    /// The larger group's branch a local group fights as (actor_branches.tsv): the police blame the Allied Democratic
    /// Forces, a claim comes in the name of the Islamic State's Central Africa Province, for one attack.
    /// </summary>
    private static string? FightsAs(string group) => Lexicons.LexiconSet.Default.FightsAs.GetValueOrDefault(group);

    /// <summary>
    /// <paramref name="affiliate"/> is a branch named after <paramref name="group"/> (the actor catalogue's province
    /// affiliates: "Islamic State West Africa Province" of "Islamic State"): one outlet names the group, another its
    /// branch, for the same attack. The branch's name may follow a hyphen ("FLN-armé", the armed wing of "FLN").
    /// </summary>
    private static bool AffiliateOf(string affiliate, string group) =>
        affiliate.Length > group.Length + 1 && (affiliate[group.Length] is ' ' or '-') && affiliate.StartsWith(group, StringComparison.Ordinal);

    /// <summary>
    /// How alike two reports that may be one attack are told: one for the same attack type, and one for each weapon and
    /// each target they share. Of several attacks at one place on one night (a shooting at a checkpoint, a bus set on
    /// fire), a second article's shooting joins the first's shooting, not its arson.
    /// </summary>
    public static int Affinity(IncidentReport a, IncidentReport b) =>
        (a.EventType == b.EventType ? 1 : 0) + a.Weapons.Intersect(b.Weapons).Count() + a.Targets.Intersect(b.Targets).Count();

    /// <summary>N of a report id "ARTICLEID#N".</summary>
    private static string Ordinal(IncidentReport r) => r.Id[(r.Id.LastIndexOf('#') + 1)..];

    internal static bool Near(Place a, Place b)
    {
        if (a.Kind == PlaceKind.Admin1 || b.Kind == PlaceKind.Admin1)
            return a.Admin1Code == b.Admin1Code || a.KilometresTo(b) <= MaxKilometres * 2;
        // a big city's name stands for its suburbs too ("an office in suburban Detroit" is in Troy, 27 km from the centre)
        var limit = Math.Max(a.Population, b.Population) >= MetropolisPopulation ? MetropolisKilometres : MaxKilometres;
        return a.KilometresTo(b) <= limit;
    }

    /// <summary>From this size a city's name stands for its metropolitan area: places within <see cref="MetropolisKilometres"/> of it are near.</summary>
    public const long MetropolisPopulation = 500_000;
    public const double MetropolisKilometres = 40;
}
