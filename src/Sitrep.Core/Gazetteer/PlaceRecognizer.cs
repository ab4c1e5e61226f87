using Sitrep.Lexicons;
using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// Finds the places named in a text and resolves each in the context of the whole text. One pass over the tokens:
/// at each capitalised word the longest window of up to six words whose folded form is a gazetteer name, a demonym
/// or an alias is a candidate; stop words, common words in all-capital text and names inside a person's or an
/// organisation's name are dropped unless a locative cue ("in", "near", "the city of") stands before them.
/// <see cref="PlaceResolver"/> then picks one place per candidate.
/// </summary>
public sealed class PlaceRecognizer
{
    private const int MaxWords = 6;
    private static readonly Lazy<PlaceRecognizer> DefaultRecognizer = new(() => new PlaceRecognizer(Gazetteer.LoadDefault()));

    private readonly Gazetteer _gazetteer;
    private readonly PlaceLexicon _lexicon;
    private readonly Dictionary<string, (Place Place, bool Weak)>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    /// <summary>The word prefixes of the demonyms ("north" of "north korean"), as the gazetteer keeps those of its names.</summary>
    private readonly HashSet<string> _demonymPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _demonymPrefixSpans;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _lexicon = PlaceLexicon.For(gazetteer);
        _demonyms = _lexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _lexicon.Demonyms.Keys)
            for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
                _demonymPrefixes.Add(key[..space]);
        _demonymPrefixSpans = _demonymPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A recognizer over <see cref="Gazetteer.LoadDefault"/>.</summary>
    public static PlaceRecognizer Default => DefaultRecognizer.Value;

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Every place named in the text, resolved in the context of the whole text; sorted by start, not overlapping.</summary>
    /// <param name="text">The text.</param>
    /// <param name="countryHint">The country the text is most likely about, if known.</param>
    /// <param name="context">Words around the text that may name its home without being part of it (the site's name a page
    /// title carries: "News 4 Riverside"): their places weigh in the choice among homonyms but are not mentions.</param>
    /// <param name="domain">The top-level domain of the article's web address ("re", "uk", "com"): a country's domain
    /// weighs in the choice among homonyms as one more name of that country would.</param>
    public IReadOnlyList<PlaceMention> Recognize(string text, string? countryHint = null, string? context = null, string? domain = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, Tokenizer.Tokenize(text), countryHint, context, domain);
    }

    /// <summary><see cref="Recognize(string, string?, string?, string?)"/> over already tokenised text (the annotator tokenises once for all recognisers).</summary>
    internal IReadOnlyList<PlaceMention> Recognize(string text, List<Token> tokens, string? countryHint = null, string? context = null, string? domain = null)
    {
        var candidates = Candidates(new TokenView(text, tokens));
        if (!string.IsNullOrWhiteSpace(context))
        {
            foreach (var c in Candidates(new TokenView(context), siteName: true))
            {
                if (c.IsCapitalPhrase) continue;
                // a site's name is a hint, not a reading: only names that are seldom anything else (states, countries, big cities)
                c.Places = c.Places.Where(p => p.Kind != PlaceKind.City || (p.Population >= SiteCityPopulation && _gazetteer.FoldedName(p) == c.Key)).ToArray();
                if (c.Places.Count == 0) continue;
                c.IsContext = true;
                candidates.Add(c);
            }
        }

        var addressCountry = string.IsNullOrEmpty(domain) ? null : _gazetteer.CountryOfDomain(domain);
        PlaceResolver.Resolve(_gazetteer, candidates, countryHint, addressCountry);
        DropFacilityNamesThatDisagree(candidates);

        var mentions = new List<PlaceMention>(candidates.Count);
        foreach (var c in candidates)
        {
            if (c.Resolved is null || c.IsContext) continue;
            mentions.Add(new PlaceMention(c.Start, c.End, text[c.Start..c.End], c.Resolved, c.IsDemonym, c.Vicinity));
        }
        return mentions;
    }

    /// <summary>A town in a site's name weighs in only from this size, and by its own name: a smaller one's name is too often another's.</summary>
    private const int SiteCityPopulation = 200_000;

    /// <summary>The names of places in the text that pass the precision filters, before resolution.</summary>
    /// <param name="view">The text's tokens.</param>
    /// <param name="siteName">The text is a site's name, a name made of names ("KXYZ News Riverside"): one inside it is no person's or firm's.</param>
    private List<PlaceCandidate> Candidates(TokenView view, bool siteName = false)
    {
        var candidates = new List<PlaceCandidate>();
        var persons = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < view.Count;)
        {
            if (!view.IsWord(i)) { i++; continue; }
            if (TryCapitalPhrase(view, i) is { } phrase) { candidates.Add(phrase); i = phrase.Last + 1; continue; }
            if (!view.IsCapitalised(i)) { i++; continue; }
            var candidate = LongestMatch(view, i);
            if (candidate is null)
            {
                // "Shropshire", named by no town: a county of one country, evidence of the text's country, no place of its own
                if (!siteName && CountyNamed(view, i) is { } county) { candidates.Add(county); i = county.Last + 1; continue; }
                i++;
                continue;
            }
            i = candidate.Last + 1;
            if (candidate.IsDemonym)
            {
                if (TryCapitalPhrase(view, candidate.First - 1) is { } demonymCapital && demonymCapital.First == candidate.First - 1)
                {
                    candidates.Add(demonymCapital);
                    i = demonymCapital.Last + 1;
                    continue;
                }
                candidate.Cue = Lookback(view, candidate.First).Cue;
                candidates.Add(candidate);
                continue;
            }
            // "in Yemen's capital": the capital of the country owning it
            if (TryOwnedCapital(view, candidate) is { } owned) { candidates.Add(owned); i = owned.Last + 1; continue; }
            // what is written after the name ("County", ", Colo.", "(COSTA RICA)") is read first: it is a cue to accept it
            LookAhead(view, candidate, out var stateMention);
            // "Idlib's Sinjar", "Syria's Homs": the division or country owning the name narrows it as one written after it would
            if (candidate.NextAdmin1 is null && candidate.NextCountry is null) NarrowByOwner(view, candidate);
            if (!Accept(view, candidate, persons, siteName)) continue;
            candidate.Disowned = Disowned(view, candidate.First);
            candidates.Add(candidate);
            // "Barnstaple, Devon": the county is read with the town, not as a town of its own name elsewhere
            if (candidate.CountyLast >= 0) i = candidate.CountyLast + 1;
            if (stateMention is not null)
            {
                candidates.Add(stateMention);
                i = stateMention.Last + 1;
            }
        }

        // A name used in a person's name ("Jordan Smith") is that person elsewhere in the text too, unless cued.
        // "at" is the weakest cue: "fired at Riva", "at Riva's door" speak of the person named "Paul Riva" before
        candidates.RemoveAll(c => !c.IsDemonym && !c.IsCapitalPhrase && persons.Contains(c.Key) && (!c.Cued || CuedByAtOnly(view, c) || view.HasPossessive(c.Last)));
        return candidates;
    }

    /// <summary>The longest window of words starting at <paramref name="first"/> that names a place or is a demonym.</summary>
    /// <remarks>
    /// The window grows a word at a time in a buffer and stops as soon as no gazetteer name, alias or demonym starts
    /// with it (<see cref="Gazetteer.MayContinue"/>): one walk down the names as down a trie, not a look-up of every window.
    /// </remarks>
    private PlaceCandidate? LongestMatch(TokenView view, int first)
    {
        Span<char> key = stackalloc char[128];
        var length = 0;
        var bestLast = -1;
        var bestEnd = -1;
        string? bestKey = null;
        IReadOnlyList<Place>? bestPlaces = null;
        (Place Place, bool Weak) bestDemonym = default;
        var words = 0;
        for (var k = first; k < view.Count && words < MaxWords; k++)
        {
            if (!view.IsWord(k))
            {
                if (view.Char(k) == '.' && view.Attached(k) && words > 0) continue;
                break;
            }
            if (words > 0 && !view.SameCell(k)) break;
            var capitalised = view.IsCapitalised(k);
            if (!capitalised && !(words > 0 && _lexicon.Connectors.Contains(view.Lower(k)))) break;
            var part = view.Folded(k);
            if (length + part.Length + 1 > key.Length)
            {
                var larger = new char[2 * (length + part.Length + 1)];
                key[..length].CopyTo(larger);
                key = larger;
            }
            if (words > 0) key[length++] = ' ';
            part.CopyTo(key[length..]);
            length += part.Length;
            words++;
            var window = key[..length];
            if (capitalised)
            {
                // "An Everett officer": a standalone "An"/"As"/"At" is an English word unless the whole name has it.
                var places = words > 1 && view.Length(first) == 2 && !view.IsAllCaps(first) ? _gazetteer.LookupExact(window) : _gazetteer.LookupFolded(window);
                var isDemonym = _demonyms.TryGetValue(window, out var demonym);
                if (places.Count > 0 || isDemonym)
                {
                    bestLast = k;
                    bestEnd = view.EndWithoutPossessive(k);
                    bestKey = window.ToString();
                    bestPlaces = places;
                    bestDemonym = isDemonym ? demonym : default;
                }
                if (view.HasPossessive(k))
                {
                    // "Cox's Bazar", "Martha's Vineyard": a name that goes on past the "'s" has it as its own letters
                    var start = length - part.Length;
                    var whole = NameFolding.FoldPooled(view.Text.AsSpan(view.Start(k), view.Length(k)));
                    if (k + 1 >= view.Count || !view.IsWord(k + 1) || !view.IsCapitalised(k + 1) || start + whole.Length + 1 > key.Length) break;
                    whole.CopyTo(key[start..]);
                    if (!_gazetteer.MayContinue(key[..(start + whole.Length)])) break;
                    length = start + whole.Length;
                    continue;
                }
            }
            if (!_gazetteer.MayContinue(window) && !_demonymPrefixSpans.Contains(window)) break;
        }

        if (bestKey is null)
        {
            // "Damascus-based", "US-led", "Syrian-born": the name before a lower-case hyphenated tail.
            if (view.HyphenPrefix(first) is not { } prefixEnd) return null;
            var prefixKey = NameFolding.Fold(view.Text.AsSpan(view.Start(first), prefixEnd - view.Start(first)));
            var prefixPlaces = _gazetteer.LookupFolded(prefixKey);
            var prefixDemonym = _lexicon.Demonyms.TryGetValue(prefixKey, out var d);
            if (prefixPlaces.Count == 0 && !prefixDemonym) return null;
            bestLast = first;
            bestEnd = prefixEnd;
            bestKey = prefixKey;
            bestPlaces = prefixPlaces;
            bestDemonym = prefixDemonym ? d : default;
        }

        if (bestDemonym.Place is not null)
        {
            return new PlaceCandidate
            {
                First = first, Last = bestLast, Start = view.Start(first), End = bestEnd, Key = bestKey,
                Places = [bestDemonym.Place], IsDemonym = true, IsWeakDemonym = bestDemonym.Weak,
            };
        }
        var kept = WholeAcrossApostrophe(view.Text.AsSpan(view.Start(first), bestEnd - view.Start(first)), bestKey, bestPlaces!);
        if (kept.Count == 0) return null;
        return new PlaceCandidate
        {
            First = first, Last = bestLast, Start = view.Start(first), End = bestEnd, Key = bestKey, Places = kept,
        };
    }

    /// <summary>
    /// A name written with an apostrophe between two like letters ("Ma'an", "Sa'ada") folds them into one ("man"), the key
    /// of a shorter namesake: the places read by their own name keep only those spelled with all its letters ("Ma'an",
    /// not "Man"); places read by another of their names are kept.
    /// </summary>
    private IReadOnlyList<Place> WholeAcrossApostrophe(ReadOnlySpan<char> surface, string key, IReadOnlyList<Place> places)
    {
        if (!NameFolding.JoinsAcrossApostrophe(surface)) return places;
        var spelled = NameFolding.Spelled(surface);
        return places.Where(p => _gazetteer.FoldedName(p) != key || NameFolding.Spelled(p.Name) == spelled).ToArray();
    }

    /// <summary>Whether a candidate is a place at all: the precision filters.</summary>
    private bool Accept(TokenView view, PlaceCandidate c, HashSet<string> persons, bool siteName = false)
    {
        var (cue, wantsAdmin1) = Lookback(view, c.First);
        var caps = view.InCapitalText(c.First);
        // a dateline ("RIVERSIDE, Calif. (KXYZ) -") places the story as surely as "in" would
        if (cue == CueKind.None && !caps && IsDatelineName(view, c)) cue = CueKind.Locative;
        if (cue == CueKind.None && !caps && SettlementAfter(view, c)) cue = CueKind.Locative;
        c.Cue = cue;
        c.WantsAdmin1 |= wantsAdmin1; // or "Hama governorate", read ahead
        if (WrittenAsTown(view, c.First)) c.WantsCity = c.WrittenAsTown = true;
        var singleWord = c.First == c.Last;

        // Two-letter names: only abbreviations of countries written in capitals in ordinary text (US, UK), and a
        // province's seat written as a word right after a cue (see TwoLetterSeat)
        if (c.Key.Length - c.Key.AsSpan().Count(' ') <= 2)
        {
            if (!caps && TwoLetterSeat(view, c) is { Length: > 0 } seats) { c.Places = seats; return true; }
            if (caps || !view.IsAllCaps(c.First)) return false;
            c.Places = c.Places.Where(p => p.Kind == PlaceKind.Country).ToArray();
            return c.Places.Count > 0;
        }
        if (_lexicon.NeverAlone.Contains(c.Key)) return false;
        if (singleWord && !caps && NamesOutlet(view, c)) return false;
        // "ordered by the Osuna clan", "a Peckham gang": a group named after a place is no place, here (elsewhere it may be)
        if (!caps && NamesGroup(view, c)) return false;
        // "the Front Ansar du X (FAS)", "the NGO Sante X Solidarite (SSS)": a name inside an organisation's name that its
        // acronym follows in brackets is that organisation's word, no place of the news (elsewhere it may be)
        if (!caps && NamesAcronymedBody(view, c)) return false;
        // "at Keswick's Old Swan pub": the words between a town's name in the possessive and a building noun name the building
        if (!caps && NamesOwnedBuilding(view, c)) return false;
        if (IsHandle(view, c)) return false;
        // "in colonia El Milagro", "sector Santa Ana": a part of a town, never a place of its own (a namesake far away)
        if (NamesNeighbourhood(view, c)) return false;
        // "the village of Vila de Xis": the head of a longer name the gazetteer lacks, no town called Vila
        if (!caps && HeadsLongerName(view, c)) return false;
        // "Riva, 47, of Sterling Heights": a name with an age after it is a person's, here and wherever else it stands;
        // so is one after a title or a rank ("Commander Gonzalez", "Col. Orlando Cepeda")
        if (AgeAfter(view, c.Last) || Titled(view, c.First)) { persons.Add(c.Key); return false; }
        if (!caps && NamesStreet(view, c)) return false;
        if (_lexicon.StopWords.Contains(c.Key) && !c.Cued && !caps && !ForeignSpelledDivision(view, c)) return false;
        // A broadcaster's call sign or an acronym in brackets: "(KOLO)", "(WXYZ)".
        if (!caps && view.IsAllCaps(c.First) && c.First > 0 && view.Char(c.First - 1) == '(' && !c.Places.Any(p => p.Kind == PlaceKind.Country)) return false;
        if (caps) return AcceptInCapitals(view, c);
        // A common English word capitalised mid-sentence is a title or part of a name ("the Bank of England", "Prince").
        if (singleWord && !c.Cued && _lexicon.CommonWords.Contains(c.Key)) return false;
        // A word that opens a headline or a sentence, capitalised only there, and that the same text writes in lower case
        // elsewhere ("Farmer shot in X" over "a farmer was shot") is that common word, not a namesake town; a country's or
        // a division's name stays ("Turkey" is still the country), and so does a dateline's town ("Mobile, Ala. -").
        if (singleWord && !c.Cued && view.SentenceInitial(c.First) && !view.IsAllCaps(c.First) && view.WrittenInLowerCase(view.Lower(c.First))
            && !(c.Last + 1 < view.Count && view.Char(c.Last + 1) == ','))
        {
            c.Places = c.Places.Where(p => p.Kind != PlaceKind.City).ToArray();
            if (c.Places.Count == 0) return false;
        }
        // A word of a heading written in capitals ("CARGO AND MOTOR FLEET", "LOSS NOTICE") that the same text writes in
        // lower case elsewhere ("the motor fleet") is that common word, not a namesake town; a country's or a division's
        // name stays, and so does a town after a locative cue ("BOMB IN X")
        if (singleWord && !c.Cued && view.IsAllCaps(c.First) && view.Length(c.First) > 2 && view.WrittenInLowerCase(view.Lower(c.First)))
        {
            c.Places = c.Places.Where(p => p.Kind != PlaceKind.City).ToArray();
            if (c.Places.Count == 0) return false;
        }
        // An acronym in ordinary text ("SEC", "FAO") is an organisation, unless a country or a big city goes by it;
        // a dateline opening a sentence ("ALTOONA, Pa. --") is no acronym, nor is the place label of an alert's line
        // ("[3] 07:05 #4411 ELM: ...", see LabelsAlertLine).
        var dateline = view.SentenceInitial(c.First) && c.Last + 1 < view.Count && view.Char(c.Last + 1) == ',' || LabelsAlertLine(view, c);
        if (view.IsAllCaps(c.First) && c.End - c.Start <= 4 && !dateline && !EndsPlaceLine(view, c))
        {
            c.Places = c.Places.Where(p => p.Kind != PlaceKind.City || p.Population >= 1_000_000).ToArray();
            if (c.Places.Count == 0) return false;
        }
        // A single word that is only another spelling of a small place ("Brown" for Belton) needs a cue.
        if (singleWord && !c.Cued && !c.Places.Any(p => _gazetteer.FoldedName(p) == c.Key))
        {
            c.Places = c.Places.Where(p => p.Kind != PlaceKind.City || p.Population >= 20_000 || p.FeatureCode is "PPLC" or "PPLA" or "PPLA2").ToArray();
            if (c.Places.Count == 0) return false;
        }

        if (siteName) return true;
        // "the Legion of X", "the Sisters of X": the patron or the namesake of a body, a place only if the text's country
        // has it (PlaceResolver.DropStrays)
        c.InBodyName = HeadedByBody(view, c.First);
        // Inside a longer capitalised name: "Michael Jordan", "Chicago Bulls", "Paris Hilton".
        var before = c.First - 1;
        var embeddedBefore = before >= 0 && view.IsWord(before) && view.Adjacent(before, c.First) && view.IsCapitalised(before)
                             && PossessiveOwnerStart(view, before) < 0
                             && !IsFunctionWord(view, before) && !_lexicon.Modifiers.Contains(view.Lower(before))
                             && !_lexicon.Demonyms.ContainsKey(view.Folded(before)) && !view.IsAllCaps(before);
        // "Jose A. Rivera", "Mr. Rivera", "Gen. Lee": an initial or an abbreviated title with its period; not the end
        // of a street's name ("on Elm Ridge Dr. Riverside police said").
        if (!embeddedBefore && before >= 1 && view.Char(before) == '.' && view.Attached(before) && view.IsWord(before - 1)
            && view.IsCapitalised(before - 1) && view.Length(before - 1) <= 3 && view.Adjacent(before, c.First)
            && !EndsStreetName(view, before - 1))
            embeddedBefore = true;
        var after = c.Last + 1;
        var embeddedAfter = after < view.Count && view.IsWord(after) && view.Adjacent(c.Last, after) && c.End == view.End(c.Last)
                            && view.IsCapitalised(after) && !view.IsAllCaps(after)
                            && !_lexicon.Suffixes.Contains(view.Lower(after));
        // "towards Tanner's Row", "at Roe's Diner", "at Hexham's Queen Hall": a small town's name in the possessive before
        // a building's or a street's name may be its owner's or its maker's, or the town the building stands in: it casts
        // no country vote, and is dropped only when it lies outside the country the text's other names vote for
        // (PlaceResolver.DropStrays)
        if (!embeddedBefore && c.End < view.End(c.Last) && view.HasPossessive(c.Last) && NamesFacility(view, c, c.First)
            && c.Places.All(p => p.Kind == PlaceKind.City && p.Population < SurnameTownPopulation))
            c.IsOwnerOfFacility = true;
        if (!embeddedBefore && !embeddedAfter) return true;
        // "a team of New York Times reporters": a newspaper's name, even after a cue, tells where it is printed, not where anything happened
        if (embeddedAfter && _lexicon.OutletWords.Contains(view.Lower(after))) return false;
        // "Radio La Mina X", "Radio Voz de X": a station named after the town it airs from, no person's name; the town's
        // other mentions stay the town
        if (embeddedBefore && InBroadcasterName(view, c.First)) return false;

        var runStart = c.First;
        while (runStart > 0 && view.IsWord(runStart - 1) && view.Adjacent(runStart - 1, runStart) && view.IsCapitalised(runStart - 1)
               && !IsFunctionWord(view, runStart - 1))
            runStart--;
        if (runStart != c.First && NamesStreet(view, runStart)) return false;
        var runCue = runStart == c.First ? cue : Lookback(view, runStart).Cue;
        if (runCue != CueKind.None)
        {
            // "near Riverside Mall", "at Roe's Diner": the building, whose name may or may not be its town's
            c.InFacilityName = NamesFacility(view, c, runStart);
            c.HeadsLocalityName = c.InFacilityName && runStart == c.First && embeddedAfter && _lexicon.LocalityWords.Contains(view.Lower(after));
            // "the Elm Vale Shopping Centre": a name inside a building's name that opens before it is no town at all
            // ("the North Riverside Mall": a direction or a modifier before it is the town's part)
            if (c.InFacilityName && !OnlyModifiersBetween(view, runStart, c.First)) return false;
            // "the office of Paul Riva", "at Gordon Advisors": a small town's name beside another capitalised word, in no
            // building's name, is part of a person's or a firm's name
            if (!c.InFacilityName && c.Places.All(p => p.Kind == PlaceKind.City && p.Population < SurnameTownPopulation))
            {
                // "of the Riverton Military Council": a local body named by its seat; the town's other mentions stay the town
                if (runStart == c.First && NamesLocalOffice(view, c.Last + 1)) return false;
                persons.Add(c.Key);
                return false;
            }
            return true;
        }
        // A surname ("Jose Rivera") or a listed first name ("Jordan Smith") is a person wherever else it stands alone;
        // an organisation's name ("San Francisco Chronicle") says nothing about the name's other uses.
        if (_lexicon.PersonNames.Contains(c.Key) || (embeddedBefore && c.Places.All(p => p.Kind == PlaceKind.City))) persons.Add(c.Key);
        return false;
    }

    /// <summary>Most words from a broadcaster's word to the town's name it opens the station's name with ("Radio La Voz de X").</summary>
    private const int BroadcasterNameWords = 4;

    /// <summary>
    /// The name at <paramref name="first"/> closes a station's name opened by a broadcaster's word (cues.tsv kind
    /// broadcaster) at most <see cref="BroadcasterNameWords"/> words before it, the words between all capitalised or name
    /// particles on one run of adjacent words: "Radio La Mina X", "Radio Voz de X", "Television X".
    /// </summary>
    private bool InBroadcasterName(TokenView view, int first)
    {
        for (var w = first - 1; w >= 0 && w >= first - BroadcasterNameWords && view.IsWord(w) && view.Adjacent(w, w + 1); w--)
        {
            if (_lexicon.BroadcasterWords.Contains(view.Lower(w)) && view.IsCapitalised(w)) return true;
            if (!view.IsCapitalised(w) && !_lexicon.NameParticles.Contains(view.Lower(w))) return false;
        }
        return false;
    }

    /// <summary>Most capitalised words after a town's name up to the noun that closes a local body's name ("Military Council").</summary>
    private const int OfficeNameWords = 3;

    /// <summary>
    /// The capitalised words from <paramref name="first"/> on, at most <see cref="OfficeNameWords"/> and all on one run of
    /// adjacent words, close with a local body's noun (cues.tsv kind office: "Military Council", "Health Directorate",
    /// "City Council"): the name before them is the body's town.
    /// </summary>
    private bool NamesLocalOffice(TokenView view, int first)
    {
        for (var k = first; k < view.Count && k < first + OfficeNameWords; k++)
        {
            if (!view.IsWord(k) || !view.IsCapitalised(k) || !view.Adjacent(k - 1, k)) return false;
            if (_lexicon.OfficeWords.Contains(view.Lower(k))
                && !(k + 1 < view.Count && view.IsWord(k + 1) && view.Adjacent(k, k + 1) && view.IsCapitalised(k + 1))) return true;
        }
        return false;
    }

    /// <summary>
    /// The name of a stop word (an English word: "reunion") written with a diacritic the English word never carries
    /// ("Réunion") is no such word but the name it spells, when that is a country's or a first-level division's own name:
    /// the island, not a gathering. A person's first name or a town so written ("María", "Café") stays a stop word.
    /// </summary>
    private bool ForeignSpelledDivision(TokenView view, PlaceCandidate c)
    {
        var written = view.Text.AsSpan(c.Start, c.End - c.Start);
        var marked = false;
        foreach (var ch in written)
            if (ch > '\u007f' && char.IsLetter(ch)) { marked = true; break; }
        if (!marked) return false;
        return c.Places.Any(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1 && _gazetteer.FoldedName(p) == c.Key);
    }

    /// <summary>
    /// A two-letter name written as a word (not in capitals) right after a place cue ("in Ho", "at Wa", "near Bo"), or
    /// opening a building's name after "the" ("the Ho Central Market", which must agree with the text's other places),
    /// that is a province's seat or a big town by its own name: "gunmen attacked the police post in Ho". Such a name is
    /// else too often a word, an initial or an abbreviation to be read as a place. The seats it may name, or none.
    /// </summary>
    private Place[] TwoLetterSeat(TokenView view, PlaceCandidate c)
    {
        if (c.First != c.Last || c.First == 0 || view.IsAllCaps(c.First) || !view.IsCapitalised(c.First) || !view.IsWord(c.First - 1)) return [];
        if (_lexicon.StopWords.Contains(c.Key) || _lexicon.CommonWords.Contains(c.Key)) return [];
        var before = view.Lower(c.First - 1);
        var cued = c.Cue != CueKind.None && (_lexicon.LocativeCues.Contains(before) || _lexicon.VicinityCues.Contains(before));
        var building = !cued && before == "the" && NamesFacility(view, c, c.First);
        if (!cued && !building) return [];
        c.InFacilityName = building;
        return c.Places.Where(p => p.Kind == PlaceKind.City && _gazetteer.FoldedName(p) == c.Key
                                   && (p.FeatureCode is "PPLA" or "PPLC" || p.Population >= TwoLetterSeatPopulation)).ToArray();
    }

    /// <summary>A two-letter town's name is read after a cue from this size, when it is no province's seat.</summary>
    private const long TwoLetterSeatPopulation = 100_000;

    /// <summary>
    /// The name is followed, with only a space between, by a lower-case particle of a place's own name (cues.tsv kind
    /// particle: "de", "do", "di", "van") and a capitalised word, and it is only another spelling of the places it may
    /// name: "Vila de Xis", "Castel di Yo" is one longer name the gazetteer does not know (a known one is read whole
    /// first), so its head is no town that goes by another name. A place whose own name the head is stays ("Mocímboa da
    /// Praia" is the town the gazetteer calls Mocímboa), and so does a country's name.
    /// </summary>
    private bool HeadsLongerName(TokenView view, PlaceCandidate c)
    {
        var particle = c.Last + 1;
        if (particle + 1 >= view.Count || !view.IsWord(particle) || !view.IsWord(particle + 1)) return false;
        if (!view.Adjacent(c.Last, particle) || !view.Adjacent(particle, particle + 1)) return false;
        if (view.IsCapitalised(particle) || !_lexicon.NameParticles.Contains(view.Lower(particle)) || !view.IsCapitalised(particle + 1)) return false;
        return !c.Places.Any(p => p.Kind == PlaceKind.Country || _gazetteer.FoldedName(p) == c.Key);
    }

    /// <summary>The words of data/lexicons/function_words.tsv kind neighbourhood_noun ("colonia", "sector", "zone").</summary>
    private static readonly Lazy<IReadOnlySet<string>> NeighbourhoodNouns = new(() => FunctionWords.Default.Of(FunctionWords.NeighbourhoodNoun));

    /// <summary>
    /// The name stands right after a neighbourhood noun (function_words.tsv kind neighbourhood_noun): "in colonia El
    /// Milagro, zone 6 of X", "into sector Santa Ana, X". It names a part of the town written after it, not a town.
    /// </summary>
    private static bool NamesNeighbourhood(TokenView view, PlaceCandidate c) =>
        c.First >= 1 && view.IsWord(c.First - 1) && view.Adjacent(c.First - 1, c.First)
        && NeighbourhoodNouns.Value.Contains(view.Lower(c.First - 1));

    /// <summary>
    /// The name is a street's: "the 400 block of Elm Ridge", a corner of a numbered street ("near 5th and Elm",
    /// "Elm & 5th"); or a direction word before another name ("Northwest Riverside" is a part of Riverside).
    /// </summary>
    private bool NamesStreet(TokenView view, PlaceCandidate c) =>
        NamesStreet(view, c.First)
        || (c.Last + 2 < view.Count && IsCorner(view, c.Last + 1) && IsOrdinalAt(view, c.Last + 2))
        || (_lexicon.Modifiers.Contains(c.Key) && c.Last + 1 < view.Count && view.IsWord(c.Last + 1) && view.Adjacent(c.Last, c.Last + 1)
            && view.IsCapitalised(c.Last + 1) && c.End == view.End(c.Last));

    /// <summary>The words before the name starting at <paramref name="first"/> make it a street's: "block of", "5th and".</summary>
    private bool NamesStreet(TokenView view, int first) =>
        (first >= 2 && view.IsWord(first - 1) && view.IsLower(first - 1, "of") && view.IsWord(first - 2) && _lexicon.StreetCues.Contains(view.Lower(first - 2)))
        || (first >= 2 && IsCorner(view, first - 1) && IsOrdinal(view, first - 2));

    private static bool IsCorner(TokenView view, int k) => view.Char(k) == '&' || (view.IsWord(k) && view.IsLower(k, "and"));

    /// <summary>A numbered street ("5th", "42nd": a number and its attached suffix, dates.tsv kind ordinal) ends at token <paramref name="k"/>.</summary>
    private static bool IsOrdinal(TokenView view, int k) =>
        k >= 1 && view.IsWord(k) && view.Attached(k) && char.IsDigit(view.Char(k - 1)) && DateLexicon.Default.OrdinalSuffixes.Contains(view.Lower(k));

    /// <summary>A numbered street starts at token <paramref name="k"/>.</summary>
    private static bool IsOrdinalAt(TokenView view, int k) => k + 1 < view.Count && !view.IsWord(k) && IsOrdinal(view, k + 1);

    /// <summary>An abbreviated street word after a capitalised name: "Elm Ridge Dr.", "Oak St.".</summary>
    private bool EndsStreetName(TokenView view, int abbreviation) =>
        _lexicon.StreetWords.Contains(view.Lower(abbreviation)) && abbreviation >= 1 && view.IsWord(abbreviation - 1)
        && view.IsCapitalised(abbreviation - 1) && view.Adjacent(abbreviation - 1, abbreviation);

    /// <summary>A name in capitals opening a line or sentence of ordinary text, followed by a comma, a bracket or a dash: "RIVERSIDE, Calif. -".</summary>
    /// <remarks><paramref name="next"/> is the token after the name and its suffix ("RIVERSIDE TWP,"), by default the one right after the name.</remarks>
    private static bool IsDatelineName(TokenView view, PlaceCandidate c, int next = -1)
    {
        if (!view.SentenceInitial(c.First)) return false;
        if (next < 0) next = c.Last + 1;
        for (var k = c.First; k < next; k++)
            if (view.IsWord(k) && !view.IsAllCaps(k)) return false;
        return next < view.Count && !view.IsWord(next) && view.Char(next) is ',' or '(' or '-' or '\u2013' or '\u2014';
    }

    /// <summary>
    /// A name in capitals that labels a line: opening it, or after an alert's prefix (its number, hour and sender's code,
    /// see <see cref="AlertPrefix"/>), and right before a colon with the line's text after it ("ELM: gunfire at the post",
    /// "[3] 07:05 #4411 ELM: two dead"). It places the line as a dateline places a story.
    /// </summary>
    private static bool LabelsAlertLine(TokenView view, PlaceCandidate c)
    {
        for (var k = c.First; k <= c.Last; k++)
            if (view.IsWord(k) && !view.IsAllCaps(k)) return false;
        return c.Last + 2 < view.Count && !view.IsWord(c.Last + 1) && view.Char(c.Last + 1) == ':' && view.SameLine(c.Last + 1)
               && view.SameLine(c.Last + 2) && AlertPrefix.OpensMessage(view.Text, c.Start);
    }

    /// <summary>
    /// Whether the capitalised run of words from <paramref name="runStart"/> through the candidate and on ends in the
    /// head word of a building's or a street's name ("Riverside Mall", "Roe Nancy's Diner", "Elm Race Course").
    /// </summary>
    private bool NamesFacility(TokenView view, PlaceCandidate c, int runStart)
    {
        var last = c.Last;
        for (var k = c.Last + 1; k < view.Count && k <= c.Last + MaxWords; k++)
        {
            if (!view.IsWord(k) || !view.Adjacent(k - 1, k) || !view.IsCapitalised(k)) break;
            last = k;
        }
        if (last == c.Last && runStart == c.First) return false;
        return _lexicon.FacilityWords.Contains(view.Lower(last));
    }

    /// <summary>
    /// A town's name inside a building's name ("the Riverside Mall") is the town only when the town agrees with the text's
    /// other places: within <see cref="FacilityAgreementKilometres"/> of one of them or in a division the text names.
    /// Otherwise it is a name the building shares with some far town (a diner named after a person, a mall after
    /// a street), and it is dropped. A state's or a country's name ("the Ohio Medical Center") stays: it still places the text.
    /// A name that opens another locality's name in the building's ("the Elm Ridge Shopping Centre in Anytown": an estate's,
    /// a suburb's) is the town only when the text names it alone too, after a cue or as a dateline ("in Elm"), or, when the
    /// text names no other town, when a division the text names holds it: a nearby town of the same name is no second scene.
    /// </summary>
    private static void DropFacilityNamesThatDisagree(List<PlaceCandidate> candidates)
    {
        if (!candidates.Any(c => c.InFacilityName)) return;
        // other names only: the same name elsewhere ("Roe's diner" in a headline) is no second opinion
        var others = candidates.Where(c => !c.InFacilityName && !c.IsDemonym && c.Resolved is not null && c.Resolved.Kind != PlaceKind.Country).ToList();
        var otherTown = others.Any(o => !o.IsContext && !o.IsOwnerOfFacility && o.Resolved!.Kind == PlaceKind.City);
        candidates.RemoveAll(c => c.InFacilityName && !c.IsContext && c.Resolved is { Kind: PlaceKind.City } place
                                  && !(c.HeadsLocalityName
                                      ? others.Any(o => o.Resolved is { } other && !o.IsContext
                                                        && ((o.Key == c.Key && o.Cued && other.GeonameId == place.GeonameId)
                                                            || (!otherTown && other.Kind == PlaceKind.Admin1 && other.CountryCode == place.CountryCode && other.Admin1Code == place.Admin1Code)))
                                      : others.Any(o => o.Key != c.Key && o.Resolved is { } other
                                                        && (other.GeonameId == place.GeonameId
                                                            || (other.Kind == PlaceKind.Admin1 && other.CountryCode == place.CountryCode && other.Admin1Code == place.Admin1Code)
                                                            || (other.Kind == PlaceKind.City && other.KilometresTo(place) <= FacilityAgreementKilometres)
                                                            // a small province whose centre lies near the town ("Ridgeway district")
                                                            || (other.Kind == PlaceKind.Admin1 && other.CountryCode == place.CountryCode
                                                                && other.KilometresTo(place) <= FacilityAgreementKilometres))))
                                  && !(others.Count == 0 && !c.HeadsLocalityName && NamesItsCountryOrCapital(candidates, place)));
    }

    /// <summary>
    /// No other name places the text, and the town in a building's name is its country's capital or lies in a country
    /// the text names ("the Anytown Central Market" in a text that names only its country): the building's town is then
    /// the only place the text gives, and the text's own country vouches for it.
    /// </summary>
    private static bool NamesItsCountryOrCapital(List<PlaceCandidate> candidates, Place place) =>
        place.FeatureCode == "PPLC"
        || candidates.Any(o => !o.InFacilityName && o.Resolved is { Kind: PlaceKind.Country } country && country.CountryCode == place.CountryCode);

    private const double FacilityAgreementKilometres = 100;

    /// <summary>
    /// A lower-case settlement noun (cues.tsv kind settlement) follows the name on its line: "Ak-Sai village, Batken
    /// district" writes the name as a place as surely as "in" before it would.
    /// </summary>
    private bool SettlementAfter(TokenView view, PlaceCandidate c)
    {
        var k = c.Last + 1;
        return c.End == view.End(c.Last) && k < view.Count && view.IsWord(k) && view.SameLine(k) && view.Adjacent(c.Last, k)
               && !view.IsCapitalised(k) && _lexicon.SettlementWords.Contains(view.Lower(k));
    }

    /// <summary>
    /// A masthead's word standing alone ("told the Herald", "news from the Herald", "Herald staff"): the outlet the text
    /// comes from or quotes, not a small town that happens to bear the word. Only "in Post" (a cue right before it, no
    /// "the") or a division or country written after it ("Post, Texas") keeps it a place.
    /// </summary>
    private bool NamesOutlet(TokenView view, PlaceCandidate c)
    {
        if (!_lexicon.OutletWords.Contains(view.Lower(c.First)) || c.NextAdmin1 is not null || c.NextCountry is not null) return false;
        var afterThe = c.First > 0 && view.IsWord(c.First - 1) && view.IsLower(c.First - 1, "the");
        return afterThe || !c.Cued;
    }

    /// <summary>The words from <paramref name="from"/> up to <paramref name="to"/> (none when they are one) are all modifiers ("North", "Old").</summary>
    private bool OnlyModifiersBetween(TokenView view, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!_lexicon.Modifiers.Contains(view.Lower(k))) return false;
        return true;
    }

    /// <summary>
    /// A group noun (cues.tsv kind group: "clan", "cartel", "gang") follows the name on its line, with nothing between:
    /// "the Osuna clan", "a Peckham gang", "the Sinaloa Cartel" name a group after its home, not where anything happened.
    /// A word of kind notgroup after the noun ("gang rape"), or a hyphen joining it to one, makes it no group.
    /// </summary>
    /// <summary>
    /// "of" and before it a capitalised noun of cues.tsv kind body stand right before the word at <paramref name="first"/>
    /// ("the Legion of X", "the Sisters of X"), "the" at most between ("the Church of the X"), on one line: the name is
    /// that body's patron, namesake or seat.
    /// </summary>
    private bool HeadedByBody(TokenView view, int first)
    {
        // "the Church of the Virgin": the article after "of" is passed over, as a saint's or a feast's title has it
        if (first >= 1 && view.IsWord(first - 1) && view.Lower(first - 1) == "the" && view.Adjacent(first - 1, first)) first--;
        var of = first - 1;
        var head = first - 2;
        return head >= 0 && view.IsWord(of) && view.IsWord(head) && view.Lower(of) == "of" && view.Adjacent(of, first) && view.Adjacent(head, of)
               && view.IsCapitalised(head) && !view.IsAllCaps(head) && _lexicon.BodyWords.Contains(view.Lower(head));
    }

    /// <summary>Most words of an organisation's name before its acronym in brackets ("Front Ansar du X (FAS)").</summary>
    private const int AcronymedBodyWords = 8;

    /// <summary>
    /// The name lies inside a run of capitalised words on one line (small joining words between them: "du", "of", "al")
    /// that its acronym follows in brackets, an acronym of two to eight capitals each of which is the first letter of a
    /// word of the run, the name's own among them, and the run has a capitalised word besides the name: "the Front Ansar
    /// du X (FAS)", "the X People's Liberation Army (XPLA)". The run is an organisation's name (a group, a charity, an
    /// agency), its place word the organisation's, not where anything happened.
    /// </summary>
    private bool NamesAcronymedBody(TokenView view, PlaceCandidate c)
    {
        var initials = new HashSet<char>();
        var words = 0;
        for (var k = c.First; k <= c.Last; k++)
            if (view.IsWord(k) && view.IsCapitalised(k)) initials.Add(char.ToUpperInvariant(view.Char(k)));
        var own = new HashSet<char>(initials);
        // the run's words before the name
        for (var k = c.First - 1; k >= 0 && c.First - k <= AcronymedBodyWords; k--)
        {
            if (!view.IsWord(k) || !view.Adjacent(k, k + 1)) break;
            if (view.IsCapitalised(k) && !view.IsAllCaps(k)) { initials.Add(char.ToUpperInvariant(view.Char(k))); words++; continue; }
            if (!_lexicon.Connectors.Contains(view.Lower(k))) break;
        }
        // and after it, up to the bracket
        var b = c.Last + 1;
        for (; b < view.Count && b - c.Last <= AcronymedBodyWords; b++)
        {
            if (!view.Adjacent(b - 1, b)) return false;
            if (!view.IsWord(b)) break;
            if (view.IsCapitalised(b) && !view.IsAllCaps(b)) { initials.Add(char.ToUpperInvariant(view.Char(b))); words++; continue; }
            if (!_lexicon.Connectors.Contains(view.Lower(b))) return false;
        }
        if (words == 0 || b + 2 >= view.Count || view.Char(b) != '(' || !view.IsWord(b + 1) || !view.IsAllCaps(b + 1) || view.Char(b + 2) != ')') return false;
        var acronym = view.Text.AsSpan(view.Start(b + 1), view.Length(b + 1));
        if (acronym.Length is < 2 or > 8) return false;
        foreach (var letter in acronym)
            if (!char.IsUpper(letter) || !initials.Contains(letter)) return false;
        return acronym.IndexOfAny(own.ToArray()) >= 0;
    }

    private bool NamesGroup(TokenView view, PlaceCandidate c)
    {
        var k = c.Last + 1;
        if (c.End != view.End(c.Last) || k >= view.Count || !view.IsWord(k) || !view.SameLine(k) || !view.Adjacent(c.Last, k)) return false;
        if (!_lexicon.GroupWords.Contains(view.Lower(k))) return false;
        var next = k + 1;
        if (next < view.Count && !view.IsWord(next) && view.Attached(next) && view.Char(next) == '-') return false;
        return !(next < view.Count && view.IsWord(next) && view.Adjacent(k, next) && _lexicon.NotGroupWords.Contains(view.Lower(next)));
    }

    /// <summary>Most capitalised words between a town's possessive and the name in <see cref="NamesOwnedBuilding"/> ("Keswick's Old Swan").</summary>
    private const int OwnedBuildingWords = 3;

    /// <summary>
    /// The name ends a run of capitalised words that opens right after a name in the possessive (a town's or an owner's) and
    /// is followed by a lower-case building noun (facility_words.tsv kind facility): "Keswick's Old Swan pub", "Elmton's
    /// Crown hotel". The words after the possessive are the building's name. A country's or a division's possessive
    /// ("Syria's Aleppo airport") owns a town, which stays.
    /// </summary>
    private bool NamesOwnedBuilding(TokenView view, PlaceCandidate c)
    {
        var after = c.Last + 1;
        if (c.End != view.End(c.Last) || after >= view.Count || !view.IsWord(after) || !view.Adjacent(c.Last, after) || !view.SameLine(after)) return false;
        var noun = view.Lower(after);
        if (view.IsCapitalised(after) || !_lexicon.FacilityWords.Contains(noun) || _lexicon.StreetWords.Contains(noun)) return false;
        for (var k = c.First - 1; k >= 0 && k >= c.First - OwnedBuildingWords; k--)
        {
            if (!view.IsWord(k) || !view.Adjacent(k, k + 1) || !view.IsCapitalised(k) || view.IsAllCaps(k)) return false;
            if (view.HasPossessive(k)) return PossessiveOwnerStart(view, k) < 0;
        }
        return false;
    }

    /// <summary>The name is part of a user's handle, joined to it by an underscore or after an at sign: "Jeanette_W:", "@Riverside_Fan".</summary>
    private static bool IsHandle(TokenView view, PlaceCandidate c) =>
        (c.End < view.Text.Length && view.Text[c.End] == '_') || (c.Start > 0 && view.Text[c.Start - 1] is '_' or '@');

    /// <summary>A title or a rank stands right before the word ("Commander", "Col." , "Father"): a person's name follows.</summary>
    private bool Titled(TokenView view, int first)
    {
        var before = first - 1;
        if (before >= 0 && view.Char(before) == '.') before--;
        return before >= 0 && view.IsWord(before) && _lexicon.Titles.Contains(view.Lower(before));
    }

    /// <summary>
    /// All-capital text (MUC messages, datelines) has no capitals to tell names from words: a candidate made of common
    /// words ("THE MEETING", "USE") is dropped, a name next to another non-word ("LUIS ARTURO") is taken as a person's,
    /// and without a cue only a place's own name (not an alias) of a sizeable place counts, or any name of a sizeable
    /// town of the country written after it.
    /// </summary>
    private bool AcceptInCapitals(TokenView view, PlaceCandidate c)
    {
        var allCommon = true;
        for (var k = c.First; k <= c.Last; k++)
            if (view.IsWord(k) && !_lexicon.CommonWords.Contains(view.Folded(k)) && !IsCueWord(view.Lower(k))) allCommon = false;
        // a word that is also a place name ("LIRA", a currency) is that place in capitals only when a settlement noun
        // follows it ("LIRA TOWN", "LIRA DISTRICT"): the cue alone does not tell it from the word ("IN LIRA")
        var settled = SettlementAfterInCapitals(view, c);
        if (allCommon || IsCueWord(view.Lower(c.First)) || (_lexicon.StopWords.Contains(c.Key) && !settled)) return false;
        if (c.Cued || settled) return true;
        var before = c.First - 1;
        var after = c.Last + 1;
        if (before >= 0 && NameLikeInCapitals(view, before) && view.Adjacent(before, c.First) && !_lexicon.Modifiers.Contains(view.Lower(before))) return false;
        if (after < view.Count && NameLikeInCapitals(view, after) && view.Adjacent(c.Last, after) && !_lexicon.Suffixes.Contains(view.Lower(after))) return false;
        // ... or a town of the country or division written after it, by any of its names ("PANAMA CITY (PANAMA)")
        c.Places = c.Places.Where(p => p.Kind != PlaceKind.City
                                       || ((p.Population >= 10_000 || p.FeatureCode is "PPLC" or "PPLA") && _gazetteer.FoldedName(p) == c.Key)
                                       || (p.Population >= 10_000 && (p.CountryCode == c.NextCountry || (c.NextAdmin1 is { } a && a.CountryCode == p.CountryCode && a.Admin1Code == p.Admin1Code)))).ToArray();
        return c.Places.Count > 0;
    }

    /// <summary>
    /// The name ends its line, alone on it or after a comma: a heading's or a letterhead's place line ("ST. JUDE'S
    /// SCHOOL, ALBA", "GUARDIAN LODGE, KITA", a line "OYO" under a name), where a short name in capitals is the place,
    /// not an acronym.
    /// </summary>
    private static bool EndsPlaceLine(TokenView view, PlaceCandidate c)
    {
        if (c.Last + 1 < view.Count && view.SameLine(c.Last + 1) && !(view.Char(c.Last + 1) is '.' && (c.Last + 2 >= view.Count || !view.SameLine(c.Last + 2)))) return false;
        return c.First == 0 || !view.SameLine(c.First) || view.Char(c.First - 1) == ',';
    }

    /// <summary>In all-capital text: a word that is neither common, nor a cue, nor a demonym, nor a place name.</summary>
    /// <summary>In capitals, a settlement noun ("TOWN", "DISTRICT") stands right after the name on its line.</summary>
    private bool SettlementAfterInCapitals(TokenView view, PlaceCandidate c)
    {
        var k = c.Last + 1;
        return c.End == view.End(c.Last) && k < view.Count && view.IsWord(k) && view.SameLine(k) && view.Adjacent(c.Last, k)
               && view.IsAllCaps(k) && _lexicon.SettlementWords.Contains(view.Lower(k));
    }

    private bool NameLikeInCapitals(TokenView view, int i) =>
        view.IsWord(i) && !_lexicon.CommonWords.Contains(view.Folded(i)) && !IsCueWord(view.Lower(i))
        && !_lexicon.StopWords.Contains(view.Folded(i)) && !_lexicon.NeverAlone.Contains(view.Folded(i))
        && !_lexicon.Demonyms.ContainsKey(view.Folded(i)) && _gazetteer.LookupFolded(view.Folded(i)).Count == 0;

    private bool IsCueWord(string lower) =>
        _lexicon.LocativeCues.Contains(lower) || _lexicon.VicinityCues.Contains(lower) || _lexicon.Descriptors.Contains(lower) || _lexicon.Admin1Descriptors.Contains(lower);

    /// <summary>A sentence-initial cue or article ("In", "The", "Near") before a name is not part of the name.</summary>
    private bool IsFunctionWord(TokenView view, int i)
    {
        var lower = view.Lower(i);
        return _lexicon.LocativeCues.Contains(lower) || _lexicon.VicinityCues.Contains(lower) || _lexicon.Descriptors.Contains(lower)
               || (view.SentenceInitial(i) && _lexicon.CommonWords.Contains(view.Folded(i)));
    }

    /// <summary>
    /// Reads the words before a name, skipping "the coastal city of" / "the Syrian capital": a vicinity cue ("near",
    /// "outside", "west of", "on the outskirts of"), a locative one ("in", "at", "of"), or none; and whether a
    /// division word ("province of") stands there.
    /// </summary>
    private (CueKind Cue, bool WantsAdmin1) Lookback(TokenView view, int first)
    {
        var sawOf = false;
        var admin1 = false;
        for (var k = first - 1; k >= 0 && k >= first - 8; k--)
        {
            if (!view.IsWord(k)) return (sawOf ? CueKind.Locative : CueKind.None, admin1);
            // "in South Sudan's Unity state", "near Syria's Homs": the country or division that owns the place is passed over
            if (k == first - 1 && PossessiveOwnerStart(view, k) is var owner && owner >= 0) { k = owner; continue; }
            var w = view.Lower(k);
            if (w == "of" && !sawOf) { sawOf = true; continue; }
            if (_lexicon.VicinityCues.Contains(w))
            {
                var isDirection = _lexicon.Directions.Contains(w);
                if (!isDirection || sawOf) return (CueKind.Vicinity, admin1);
                continue;
            }
            if (_lexicon.LocativeCues.Contains(w))
            {
                // "according to Jane Roe"
                if (k >= 1 && view.IsWord(k - 1) && _lexicon.CueBreakers.Contains(view.Lower(k - 1))) return (CueKind.None, admin1);
                if (w == "from" && k >= 1 && view.IsWord(k - 1) && _lexicon.DistanceUnits.Contains(view.Lower(k - 1)))
                    return (CueKind.Vicinity, admin1);
                return (CueKind.Locative, admin1);
            }
            if (_lexicon.Admin1Descriptors.Contains(w)) { admin1 |= sawOf && k == first - 2; continue; }
            if (_lexicon.Descriptors.Contains(w) || _lexicon.Demonyms.ContainsKey(view.Folded(k))) continue;
            return (sawOf ? CueKind.Locative : CueKind.None, admin1);
        }
        return (sawOf ? CueKind.Locative : CueKind.None, admin1);
    }

    /// <summary>
    /// A town noun and "of" stand right before the name (cues.tsv kind town: "the town of X", "the small village of X"):
    /// the name is a town's, never a country's or a division's spelled or folded alike.
    /// </summary>
    private bool WrittenAsTown(TokenView view, int first) =>
        first >= 2 && view.IsWord(first - 1) && view.IsWord(first - 2) && view.Lower(first - 1) == "of"
        && _lexicon.TownNouns.Contains(view.Lower(first - 2));

    /// <summary>
    /// The words right before the name are a phrase that sets it apart as a namesake's place (cues.tsv kind disown):
    /// "Which Bali? Ours, not the one in Indonesia", "no relation to Y", "not to be confused with Y".
    /// </summary>
    private bool Disowned(TokenView view, int first)
    {
        foreach (var phrase in _lexicon.DisowningPhrases)
        {
            var k = first - 1;
            var matched = true;
            for (var j = phrase.Length - 1; j >= 0; j--, k--)
                if (k < 0 || !view.IsWord(k) || view.Lower(k) != phrase[j]) { matched = false; break; }
            if (matched) return true;
        }
        return false;
    }

    /// <summary>Below this a town's name beside another capitalised word under a cue is taken for part of a person's or a firm's name ("the office of Paul Riva", "a Wells Fargo branch").</summary>
    private const long SurnameTownPopulation = 200_000;

    /// <summary>", 47," after the word at <paramref name="last"/>: a person's age.</summary>
    private static bool AgeAfter(TokenView view, int last)
    {
        var k = last + 1;
        if (k + 2 >= view.Count || view.Char(k) != ',' || !view.IsNumber(k + 1) || view.Length(k + 1) > 3 || view.Char(k + 2) is not (',' or ')')) return false;
        return int.TryParse(view.Text.AsSpan(view.Start(k + 1), view.Length(k + 1)), out var age) && age is > 0 and < 110;
    }

    /// <summary>The only cue before the name is the word "at" right before it.</summary>
    private static bool CuedByAtOnly(TokenView view, PlaceCandidate c) =>
        c.Cue == CueKind.Locative && c.First > 0 && view.IsWord(c.First - 1) && view.IsLower(c.First - 1, "at");

    /// <summary>Most words of a country's or division's name written as the owner of a place ("South Sudan's", "Khyber Pakhtunkhwa's").</summary>
    private const int OwnerWords = 3;

    /// <summary>
    /// The first token of a country's or a division's name in the possessive ending at token <paramref name="last"/>
    /// ("in South Sudan's Unity state", "Nigeria's Borno state"), or -1: the owner of the place after it, not part of its name.
    /// </summary>
    private int PossessiveOwnerStart(TokenView view, int last)
    {
        if (!view.IsWord(last) || !view.HasPossessive(last) || !view.IsCapitalised(last)) return -1;
        var name = view.Folded(last);
        for (var start = last; ; )
        {
            foreach (var p in _gazetteer.LookupFolded(name))
                if (p.Kind is PlaceKind.Country or PlaceKind.Admin1) return start;
            if (last - start + 1 >= OwnerWords || start == 0 || !view.IsWord(start - 1) || !view.Adjacent(start - 1, start)
                || !view.IsCapitalised(start - 1)) return -1;
            start--;
            name = view.Folded(start) + " " + name;
        }
    }

    /// <summary>
    /// The country or division written in the possessive right before a name ("Idlib's Sinjar") narrows it down, as
    /// "Sinjar, Idlib" would: of its homonyms, the one of that division or country. A name with no homonym elsewhere is left as read.
    /// </summary>
    private void NarrowByOwner(TokenView view, PlaceCandidate c)
    {
        if (c.First == 0 || PossessiveOwnerStart(view, c.First - 1) is var start && start < 0) return;
        if (LongestMatch(view, start) is not { IsDemonym: false } owner || owner.Last != c.First - 1) return;
        // only a choice among homonyms, some in the owner and some elsewhere: "Papua New Guinea's Enga province" has none
        var country = owner.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country);
        var division = owner.Places.FirstOrDefault(p => p.Kind == PlaceKind.Admin1);
        bool Inside(Place p) => country is not null ? p.CountryCode == country.CountryCode
            : division is not null && p.CountryCode == division.CountryCode && p.Admin1Code == division.Admin1Code;
        if (!c.Places.Any(Inside) || c.Places.All(Inside)) return;
        Narrow(c, owner);
    }

    /// <summary>The words after a name: "province", "County", or ", Colo." / ", Syria" (which narrow it down).</summary>
    private void LookAhead(TokenView view, PlaceCandidate c, out PlaceCandidate? stateMention)
    {
        stateMention = null;
        var k = c.Last + 1;
        if (c.End != view.End(c.Last)) return; // "Damascus-based", "Aleppo's"
        if (k < view.Count && view.IsWord(k) && view.SameLine(k))
        {
            var w = view.Lower(k);
            if (_lexicon.Admin1Descriptors.Contains(w)) { c.WantsAdmin1 = true; return; }
            if (_lexicon.CountyWords.Contains(w)) { c.WantsCity = true; k++; }
        }
        if (k + 1 >= view.Count || view.Char(k) is not (',' or '(') || !view.IsWord(k + 1) || !view.IsCapitalised(k + 1)) return;
        var s = k + 1;
        if (view.Char(k) == '(')
        {
            // a country or division in brackets, as wires write it: "SAN JOSE (COSTA RICA)", "Tripoli (Lebanon)"
            var inBrackets = LongestMatch(view, s);
            if (inBrackets is null || inBrackets.IsDemonym || inBrackets.Last + 1 >= view.Count || view.Char(inBrackets.Last + 1) != ')') return;
            Narrow(c, inBrackets);
            return;
        }
        // A state abbreviation: "Colo." (with its period) or a postal code in capitals ("IL").
        var abbreviation = view.Folded(s);
        var hasPeriod = s + 1 < view.Count && view.Char(s + 1) == '.' && view.Attached(s + 1);
        var last = s;
        var end = view.End(s);
        if (hasPeriod)
        {
            last = s + 1;
            end = view.End(s + 1);
            // "N.Y.", "D.C.", "W.Va.": letters and periods.
            while (last + 2 < view.Count && view.IsWord(last + 1) && view.Attached(last + 1) && view.Char(last + 2) == '.' && view.Attached(last + 2))
            {
                abbreviation += " " + view.Folded(last + 1);
                last += 2;
                end = view.End(last);
            }
        }
        // a dateline's abbreviation may go without its period: "RIVERSIDE, Pa- A man ..."
        var datelineDash = !hasPeriod && s + 1 < view.Count && !view.IsWord(s + 1) && view.Char(s + 1) is '-' or '\u2013' or '\u2014'
                           && IsDatelineName(view, c, k);
        if ((hasPeriod || datelineDash || (view.IsAllCaps(s) && view.Length(s) == 2 && !view.InCapitalText(s))) && _lexicon.StateAbbreviations.TryGetValue(abbreviation, out var state))
        {
            c.NextAdmin1 = state;
            stateMention = new PlaceCandidate
            {
                First = s, Last = last, Start = view.Start(s), End = end, Key = abbreviation, Places = [state],
            };
            return;
        }
        // A division or country by name: "Milwaukie, Oregon", "Homs, Syria".
        var next = LongestMatch(view, s);
        if (next is not null && next.IsDemonym) return;
        // A county by name: "Barnstaple, Devon", "Ludlow, Shropshire".
        if ((next is null || next.Places.All(p => p.Kind == PlaceKind.City)) && CountyAfter(view, c, s) is var (county, countyLast))
        {
            c.NextCounty = county;
            c.NextAdmin1 = _gazetteer.Admin1(county.CountryCode, county.Admin1Code!);
            c.CountyLast = countyLast;
            return;
        }
        if (next is null) return;
        Narrow(c, next);
        // "Fresnillo, Zacatecas", "Ayacucho, Huamanga, Ayacucho": a division the town lies in, written right after it, is
        // that division, never a second town, though its capital bears its name (read alone it would mostly be the city)
        // (not in capitals: a heading's "TOWN, PROVINCE" is read as before, its sections dated by it)
        if (c.NextAdmin1 is { } division && next.Places.Contains(division) && next.Places.Any(p => p.Kind == PlaceKind.City)
            && next.End == view.End(next.Last) && !view.IsAllCaps(next.First))
            stateMention = new PlaceCandidate
            {
                First = next.First, Last = next.Last, Start = next.Start, End = next.End, Key = next.Key, Places = [division],
            };
    }

    /// <summary>
    /// A county's name at word <paramref name="first"/> that names no place of the gazetteer ("Shropshire", "West
    /// Sussex"), of counties all in one country: read as context, as a site's name is (it votes for the country and lends
    /// nearness to the towns near its seat; it is no mention). Not a word of the stop lists, nor a name shorter than four
    /// letters, nor a name after a capitalised word (a surname).
    /// </summary>
    private PlaceCandidate? CountyNamed(TokenView view, int first)
    {
        // after a capitalised word that is no cue, a surname ("Sarah Lancashire")
        if (first > 0 && view.IsWord(first - 1) && view.IsCapitalised(first - 1) && view.SameLine(first - 1) && !IsCueWord(view.Lower(first - 1))) return null;
        PlaceCandidate? found = null;
        foreach (var (k, name) in CountyNameRuns(view, first))
        {
            if (name.Length < 4) continue;
            if (_lexicon.StopWords.Contains(name) || _lexicon.CommonWords.Contains(name) || _lexicon.NeverAlone.Contains(name) || _lexicon.PersonNames.Contains(name)) continue;
            var counties = _gazetteer.Counties(name);
            if (counties.Count == 0 || counties.Any(p => p.CountryCode != counties[0].CountryCode)) continue;
            found = new PlaceCandidate
            {
                First = first, Last = k, Start = view.Start(first), End = view.EndWithoutPossessive(k), Key = name,
                Places = [counties.MaxBy(p => p.Population)!], IsContext = true,
            };
        }
        return found;
    }

    /// <summary>The most words of a county's name (admin2.tsv.gz: "Devon", "Isle of Wight", "Clark County").</summary>
    private const int MaxCountyWords = 5;

    /// <summary>The most letters of a county's name, spaces included.</summary>
    private const int MaxCountyLetters = 128;

    /// <summary>
    /// The names a county may bear from word <paramref name="first"/> on: the folded words of one line, capitalised or
    /// a connector inside the name ("Isle of Wight"), up to <see cref="MaxCountyWords"/>; one name at each capitalised
    /// word, with that word's index.
    /// </summary>
    private IEnumerable<(int Last, string Name)> CountyNameRuns(TokenView view, int first)
    {
        var key = new System.Text.StringBuilder();
        var words = 0;
        for (var k = first; k < view.Count && words < MaxCountyWords; k++)
        {
            if (!view.IsWord(k) || (words > 0 && !view.SameLine(k))) break;
            var capitalised = view.IsCapitalised(k);
            if (!capitalised && !(words > 0 && _lexicon.Connectors.Contains(view.Lower(k)))) break;
            var part = view.Folded(k);
            if (key.Length + part.Length + 1 > MaxCountyLetters) break;
            if (words > 0) key.Append(' ');
            key.Append(part);
            words++;
            if (capitalised) yield return (k, key.ToString());
        }
    }

    /// <summary>
    /// "Town, County": the name from word <paramref name="s"/> on is a county (a second-level division) of a country and
    /// first-level division where the town has a reading, and no town of that division bears it (else "Leeds, Bradford"
    /// would be a list of two towns). A town of the county's name in another division of the country does not stand in
    /// the way when the town before it has a reading near the county's seat: a province named like a city outside it
    /// ("Rajgarh, Sirmaur": the Himachal district, not Sirmaur town of Madhya Pradesh) chooses which of the namesakes the
    /// town is, and is no place of its own. The county and its last word; null when there is none.
    /// </summary>
    private (Place County, int Last)? CountyAfter(TokenView view, PlaceCandidate c, int s)
    {
        (Place County, int Last)? found = null;
        foreach (var (k, name) in CountyNameRuns(view, s))
        {
            var counties = _gazetteer.Counties(name);
            Place? best = null;
            foreach (var county in counties)
            {
                if (!c.Places.Any(p => p.Kind == PlaceKind.City && p.CountryCode == county.CountryCode && p.Admin1Code == county.Admin1Code)) continue;
                if (best is null || county.Population > best.Population) best = county;
            }
            if (best is null) continue;
            // a town of the county's division bears the name: "Leeds, Bradford" may be two towns; so may a town of another
            // division when no reading of the first lies near the county's seat
            var country = best.CountryCode;
            var chosen = best;
            var towns = _gazetteer.LookupFolded(name).Where(p => p.CountryCode == country).ToList();
            if (towns.Any(p => p.Kind != PlaceKind.City || p.Admin1Code == chosen.Admin1Code)) continue;
            if (towns.Count > 0 && !c.Places.Any(p => p.Kind == PlaceKind.City && p.CountryCode == country && p.Admin1Code == chosen.Admin1Code
                                                     && p.KilometresTo(chosen) < PlaceResolver.CountyReach)) continue;
            found = (best, k);
        }
        return found;
    }

    /// <summary>
    /// The country or division written after a name narrows it down. A division of a country where the name has no
    /// place at all ("Kelso, Hampshire, England" read with a Canadian "Hampshire") says the name is written in that
    /// country: its far readings are none of it.
    /// </summary>
    private static void Narrow(PlaceCandidate c, PlaceCandidate next)
    {
        var admin1 = next.Places.FirstOrDefault(p => p.Kind == PlaceKind.Admin1);
        var country = next.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country);
        if (country is not null) c.NextCountry = country.CountryCode;
        else if (admin1 is not null && c.Places.Any(p => p.CountryCode == admin1.CountryCode && p.Admin1Code == admin1.Admin1Code))
            c.NextAdmin1 = admin1;
        else if (admin1 is not null && c.Places.All(p => p.CountryCode != admin1.CountryCode))
            c.NextCountry = admin1.CountryCode;
    }

    /// <summary>
    /// "Yemen's capital" (not "Yemen's capital, Sanaa", whose name is read as itself): the capital of the country whose
    /// name owns the word.
    /// </summary>
    private PlaceCandidate? TryOwnedCapital(TokenView view, PlaceCandidate owner)
    {
        if (!view.HasPossessive(owner.Last) || owner.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country) is not { } country) return null;
        var k = owner.Last + 1;
        if (k >= view.Count || !view.IsWord(k) || !view.IsLower(k, "capital") || NamedAfter(view, k)) return null;
        return CapitalPhrase(view, owner.First, k, country.CountryCode);
    }

    /// <summary>The word "capital" at <paramref name="capital"/> is followed by "of" or by a place's name ("the capital, Sanaa"): that names it.</summary>
    private bool NamedAfter(TokenView view, int capital)
    {
        var next = capital + 1;
        if (next < view.Count && view.Char(next) == ',') next++;
        return next < view.Count && view.IsWord(next)
               && (view.Lower(next) == "of" || (view.IsCapitalised(next) && !view.InCapitalText(next) && LongestMatch(view, next) is not null));
    }

    /// <summary>A mention of a capital, of <paramref name="of"/> or (null) of the text's country, from word <paramref name="first"/> to <paramref name="last"/>.</summary>
    private PlaceCandidate CapitalPhrase(TokenView view, int first, int last, string? of) => new()
    {
        First = first, Last = last, Start = view.Start(first), End = view.End(last), Key = "", Places = [], IsCapitalPhrase = true,
        CapitalOf = of, Cue = Lookback(view, first).Cue,
    };

    /// <summary>"the capital" / "the Syrian capital", not followed by its name or by "of"; "the capital of Yemen".</summary>
    private PlaceCandidate? TryCapitalPhrase(TokenView view, int the)
    {
        if (the < 0 || !view.IsWord(the) || !view.IsLower(the, "the")) return null;
        var k = the + 1;
        string? of = null;
        if (k < view.Count && view.IsWord(k) && _lexicon.Demonyms.TryGetValue(view.Folded(k), out var demonym) && !demonym.Weak)
        {
            of = demonym.Place.CountryCode;
            k++;
        }
        if (k >= view.Count || !view.IsWord(k) || !view.IsLower(k, "capital")) return null;
        var next = k + 1;
        // "the capital of Yemen": the country named after it
        if (of is null && next + 1 < view.Count && view.IsWord(next) && view.IsLower(next, "of") && view.IsCapitalised(next + 1)
            && LongestMatch(view, next + 1) is { IsDemonym: false } owner && owner.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country) is { } country
            && !view.HasPossessive(owner.Last))
            return CapitalPhrase(view, the, owner.Last, country.CountryCode);
        return NamedAfter(view, k) ? null : CapitalPhrase(view, the, k, of);
    }
}
