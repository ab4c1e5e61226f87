using Sitrep.Extraction;
using Sitrep.Lexicons;

namespace Sitrep.Annotation;

/// <summary>
/// Armed groups the actor catalogue (actors.tsv) does not list, named by how the article writes them: a capitalised
/// name with an aside that calls it an armed or criminal group ("Los Tiburones, a drug-trafficking gang active in the
/// north"), or the agent right after a cue of responsibility that ends in "by" ("a banner signed by the Southern
/// Resistance Front") or in another word that names the accused after it ("pointed the finger at the X Brigade"), or a
/// name before a noun for a group in a sentence of claim or blame ("members of the X faction are suspected"), or the subject right before a group's own claim ("the X Front claimed the attack", "the X Party (Y)
/// has claimed responsibility", "the X Front, the armed wing of ..., claimed the bombing"), or the subject of a speech verb
/// that tells such a claim ("the X Front said in a post on its Telegram channel that its men planted the bomb"). Every later mention of the same name in the article, and the abbreviation in brackets after it,
/// becomes an actor too. Words of function_words.tsv kinds group_noun, armed_group_noun, armed_descriptor,
/// name_connector, group_follower, claimant_filler and naming_phrase ("a gang known as the Harbour Boys"); a name holding a word of kind office_title ("the Chief of Defence
/// Staff") is an office's, never a group's. Text written in capitals throughout names none (case tells nothing there).
/// </summary>
public static class UnlistedActors
{
    /// <summary>The most words a describing phrase may hold between "a" and the group noun: "a heavily armed drug-trafficking gang".</summary>
    private const int MaxDescribingWords = 4;

    /// <summary>The most words of a name: "Resistencia Lafkenche Autónoma del Sur".</summary>
    private const int MaxNameWords = 6;

    /// <summary>Adds an actor cue for each mention of a group the article names as armed but the catalogue does not know.</summary>
    public static void Add(string text, IReadOnlyList<Word> words, IReadOnlyList<Sentence> sentences, IReadOnlyList<PlaceMention> places,
                           List<Cue> cues, FunctionWords functionWords)
    {
        var reader = new Reader(text, words, sentences, places, cues, functionWords);
        var found = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var plain = new List<string>();
        for (var w = 0; w < words.Count; w++)
        {
            if (reader.DescribedName(w) is { } described)
            {
                if (described.Plain) plain.Add(described.Name);
                else found.TryAdd(described.Name, new Actor(described.Name, described.Type));
            }
            if (reader.NameAfterGroupNoun(w) is { } given) found.TryAdd(given.Name, new Actor(given.Name, given.Type));
            if (reader.AgentAfterClaim(w) is { } agent) found.TryAdd(agent, new Actor(agent, "insurgent"));
            if (reader.NameBeforeGroupNoun(w) is { } named) found.TryAdd(named.Name, new Actor(named.Name, named.Type));
            if (reader.ClaimantBeforeClaim(w) is { } claimant) found.TryAdd(claimant, new Actor(claimant, "insurgent"));
            if (reader.AccusedBeforeBlame(w) is { } accused) found.TryAdd(accused, new Actor(accused, "insurgent"));
            if (reader.HeldResponsibleName(w) is { } held) found.TryAdd(held, new Actor(held, "insurgent"));
            if (reader.SpeakerOfClaim(w) is { } speaker) found.TryAdd(speaker, new Actor(speaker, "insurgent"));
            if (reader.QuotedSignature(w) is { } signer) found.TryAdd(signer, new Actor(signer, "insurgent"));
            if (reader.MemberOfNamedGroup(w) is { } band) found.TryAdd(band.Name, new Actor(band.Name, band.Type));
            if (reader.AbbreviatedName(w) is { } spelled) found.TryAdd(spelled, new Actor(spelled, "insurgent"));
            if (reader.NameInClaimCell(w) is { } listed) found.TryAdd(listed, new Actor(listed, "insurgent"));
            if (reader.LedGroupName(w) is { } led) found.TryAdd(led, new Actor(led, "insurgent"));
            if (reader.VoicedGroupName(w) is { } voiced) found.TryAdd(voiced, new Actor(voiced, "insurgent"));
        }
        // a group described by a plain noun ("a club") is the one speaking only when the article names no armed group
        if (found.Count == 0 && plain.Distinct(StringComparer.Ordinal).Count() == 1 && !cues.Any(c => c.Kind == CueKind.Actor))
            found.Add(plain[0], new Actor(plain[0], "insurgent"));
        foreach (var actor in found.Values) reader.MarkMentions(actor);
    }

    private sealed class Reader(string text, IReadOnlyList<Word> words, IReadOnlyList<Sentence> sentences, IReadOnlyList<PlaceMention> places,
                                List<Cue> cues, FunctionWords functionWords)
    {
        private readonly IReadOnlySet<string> _groupNouns = functionWords.Of(FunctionWords.GroupNoun);
        private readonly IReadOnlySet<string> _armedGroupNouns = functionWords.Of(FunctionWords.ArmedGroupNoun);
        private readonly IReadOnlySet<string> _armedDescriptors = functionWords.Of(FunctionWords.ArmedDescriptor);
        private readonly IReadOnlySet<string> _connectors = functionWords.Of(FunctionWords.NameConnector);
        private readonly IReadOnlySet<string> _nameArticles = functionWords.Of(FunctionWords.NameArticle);
        private readonly IReadOnlySet<string> _accusedSubjectEnds = functionWords.Of(FunctionWords.AccusedSubjectEnd);
        private readonly IReadOnlySet<string> _auxiliaries = functionWords.Of(FunctionWords.Auxiliary);
        private readonly IReadOnlySet<string> _holdVerbs = functionWords.Of(FunctionWords.HoldVerb);
        private readonly IReadOnlySet<string> _kinGroups = functionWords.Of(FunctionWords.KinGroup);
        private readonly IReadOnlySet<string> _nameParticles = functionWords.Of(FunctionWords.NameParticle);
        private readonly IReadOnlySet<string> _followers = functionWords.Of(FunctionWords.GroupFollower);
        private readonly IReadOnlySet<string> _claimantFillers = functionWords.Of(FunctionWords.ClaimantFiller);
        private readonly IReadOnlySet<string> _members = functionWords.Of(FunctionWords.ActorMember);
        private readonly IReadOnlySet<string> _claimNonVerbs = functionWords.Of(FunctionWords.ClaimNonVerb);
        private readonly IReadOnlySet<string> _speechVerbs = functionWords.Of(FunctionWords.SpeechVerb);
        private readonly IReadOnlySet<string> _speakerRoles = functionWords.Of(FunctionWords.SpeakerRole);
        private readonly IReadOnlySet<string> _officeTitles = functionWords.Of(FunctionWords.OfficeTitle);
        private readonly IReadOnlySet<string> _accusedOpeners = functionWords.Of(FunctionWords.AccusedOpener);
        private readonly IReadOnlySet<string> _namedMemberNouns = functionWords.Of(FunctionWords.NamedMemberNoun);
        private readonly string[][] _nameOpeners = functionWords.Of(FunctionWords.NameOpener).Select(Lexicons.Words.Keys).ToArray();
        private readonly string[][] _namingPhrases = functionWords.Of(FunctionWords.NamingPhrase).Select(p => p.Split(' ')).ToArray();
        private readonly string[][] _selfNamingPhrases = functionWords.Of(FunctionWords.SelfNamingPhrase).Select(p => p.Split(' ')).ToArray();
        private readonly IReadOnlySet<string> _venueLeads = functionWords.Of(FunctionWords.SelfNamingVenueLead);
        private readonly IReadOnlySet<string> _voices = functionWords.Of(FunctionWords.SelfNamingVoice);
        private readonly string[][] _membershipPhrases = functionWords.Of(FunctionWords.MembershipPhrase).Select(p => p.Split(' ')).ToArray();
        private readonly string[][] _voicePhrases = functionWords.Of(FunctionWords.VoicePhrase).Select(p => p.Split(' ')).ToArray();
        private readonly IReadOnlySet<string> _groupNameHeads = functionWords.Of(FunctionWords.GroupNameHead);
        private readonly IReadOnlySet<string> _groupNameLeads = functionWords.Of(FunctionWords.GroupNameLead);
        private readonly IReadOnlySet<string> _negations = functionWords.Of(FunctionWords.Negation);
        private readonly IReadOnlySet<string> _claimLabels = functionWords.Of(FunctionWords.ClaimLabel);

        /// <summary>
        /// A name ending at word <paramref name="w"/>, maybe its abbreviation in brackets, then ", a" and at most a few
        /// describing words before a noun for an armed group: a gang, cartel or militia whatever describes it, any other
        /// group only with a word that says it is armed ("an armed group", "a rebel movement"), or, Plain, a group the
        /// article shows denying or claiming the attack under the same noun (see <see cref="SpeaksForItself"/>). The noun
        /// ends its phrase.
        /// </summary>
        public (string Name, string Type, bool Plain)? DescribedName(int w)
        {
            if (!NameWord(w) || (w + 1 < words.Count && Continues(w + 1))) return null;
            var n = w + 1;
            // a name held in quotation marks before its description: "\"X Front\" (XF), an armed group ..."
            if (n < words.Count && words[n].Key is "\"" or "\u201d" && words[n].Start == words[w].End) n++;
            if (n + 2 < words.Count && words[n].Key == "(" && words[n + 2].Key == ")") n += 3;
            // the name's other form in brackets, several capitalised words: "X (Y Z), a ..."
            else if (BracketedNameEnd(n) is { } close) n = close + 1;
            if (n + 1 >= words.Count || words[n].Key != "," || words[n + 1].Key is not ("a" or "an")) return null;
            n += 2;
            var armed = false;
            for (var described = 0; n < words.Count && described <= MaxDescribingWords; n++, described++)
            {
                var key = words[n].Key;
                if (_armedGroupNouns.Contains(key) || (_groupNouns.Contains(key) && (armed || SpeaksForItself(key))))
                {
                    if (n + 1 < words.Count && !_followers.Contains(words[n + 1].Key) && words[n + 1].Start < SentenceEnd(n)) return null;
                    var first = NameStart(w);
                    if (first < 0) return null;
                    return (text[words[first].Start..words[w].End], _armedGroupNouns.Contains(key) ? "criminal" : "insurgent",
                            !_armedGroupNouns.Contains(key) && !armed);
                }
                if (!char.IsLetter(key[0]) || !char.IsLower(text[words[n].Start])) return null;
                if (_armedDescriptors.Contains(key)) armed = true;
            }
            return null;
        }

        /// <summary>
        /// The ")" of a bracket opening at word <paramref name="open"/> that holds nothing but capitalised words (at most
        /// <see cref="MaxNameWords"/>) and the small words inside names: a name's other form ("(Red Harbour Boys)"); else null.
        /// </summary>
        private int? BracketedNameEnd(int open)
        {
            if (open >= words.Count || words[open].Key != "(" || open + 1 >= words.Count || !NameWord(open + 1)) return null;
            for (var q = open + 2; q < words.Count && q - open - 1 <= MaxNameWords && words[q].Start < SentenceEnd(open); q++)
            {
                if (words[q].Key == ")") return NameWord(q - 1) ? q : null;
                if (!NameWord(q) && !Connector(q)) return null;
            }
            return null;
        }

        /// <summary>
        /// The article tells the denial or the own claim of a group it calls by the noun <paramref name="key"/>: the noun, in
        /// lower case and heading a plain noun phrase (no capitalised word right before it: never "the X State group"),
        /// stands within <see cref="DenierNounReach"/> words before a claims.tsv cue of kind denied or claimed (no agent
        /// after it) in its clause ("the club wrote that it took no part", "a biker club on Monday denied any role").
        /// A group the article describes by that noun is then the one that speaks, armed or not (when the article names
        /// no armed group besides: see Add).
        /// </summary>
        private bool SpeaksForItself(string key)
        {
            foreach (var c in cues)
            {
                if (c.Kind != CueKind.Claim || c.Value is not ("denied" or "claimed") || words[c.LastWord].Key == "by") continue;
                var start = SentenceStart(c.FirstWord);
                for (var q = c.FirstWord - 1; q >= 0 && words[q].Start >= start && c.FirstWord - q <= DenierNounReach; q--)
                {
                    if (words[q].Key is "," or ";" or ":") break;
                    if (words[q].Key == key && char.IsLower(text[words[q].Start])
                        && (q == 0 || words[q - 1].Start <= start || !NameWord(q - 1))) return true;
                }
            }
            return false;
        }

        /// <summary>How many words before a denial or a claim the noun for the group speaking may stand: "a club in the north on Monday denied".</summary>
        private const int DenierNounReach = 8;

        /// <summary>
        /// The name given right after a noun for an armed group at word <paramref name="w"/> (a gang, cartel or militia, or
        /// any other group with a word before it that says it is armed) and a phrase of function_words.tsv kind
        /// naming_phrase: "a gang known as the Harbour Boys", "an armed group calling itself the Southern Front", "a militia
        /// called Red Hand". The name may stand in quotation marks after "the" (then its words joined by a hyphen are all
        /// part of it, whatever their case: "\"Lakes-armé\""); a place, a catalogued actor or an office is none.
        /// </summary>
        public (string Name, string Type)? NameAfterGroupNoun(int w)
        {
            var key = words[w].Key;
            var criminal = _armedGroupNouns.Contains(key);
            // "a Telegram channel calling itself X claimed the blast": a name a thing gives itself, whatever noun the thing
            // goes by, in a sentence of its own claim or of blame
            if (SelfNamedAfter(w) is { } self) return NameGivenAt(w, self, false);
            // a group noun written capitalised inside a sentence opens the name itself ("the Front Ansar du X", "the Cartel
            // del Y"): no noun the name is given to
            if (char.IsUpper(text[words[w].Start]) && words[w].Start != SentenceStart(w)) return null;
            if (!criminal && !(_groupNouns.Contains(key) && ((w > 0 && _armedDescriptors.Contains(words[w - 1].Key)) || BlamedRightBefore(w) || OwnClaimAfter(w)))) return null;
            // "the group \"X\" has said it takes responsibility": a quoted name right after the noun, in a sentence of the group's own claim
            // "the protest group X, whose ..., denies any part in the blazes": a name in apposition right after
            // the noun, in a sentence of the group's own claim or denial, or right after a blame ("the army attributes
            // the raid to the group X")
            // "attribute the attack to the armed group \"X\"": a quoted name right after a noun said to be armed names it, whatever
            // the sentence tells
            var armedNoun = !criminal && w > 0 && _armedDescriptors.Contains(words[w - 1].Key) && w + 1 < words.Count && IsOpeningQuote(w + 1);
            if ((NamingPhraseEnd(w + 1) ?? (!criminal && w + 1 < words.Count && (IsOpeningQuote(w + 1) || NameWord(w + 1)) && (OwnClaimAfter(w) || armedNoun || BlamedRightBefore(w)) ? w + 1 : null)) is not { } n) return null;
            return NameGivenAt(w, n, criminal);
        }

        /// <summary>
        /// The word after a phrase of function_words.tsv kind self_naming_phrase ("calling itself", "that calls itself") right
        /// after the lower-case noun at word <paramref name="w"/> that is no noun for a group, in a sentence that tells the
        /// thing's own claim or denial after it or a blame right before it: "a Telegram channel that calls itself X claimed the
        /// bombing", "an account calling itself X said it had planted the bomb", "a channel on Telegram calling itself X", "a
        /// channel calling itself the voice of X" (the group it speaks for). Null otherwise.
        /// </summary>
        private int? SelfNamedAfter(int w)
        {
            // "a channel on Telegram calling itself X": the noun stands before the capitalised name of the service it is on,
            // after a word of function_words.tsv kind self_naming_venue_lead
            var noun = w;
            if (w >= 2 && char.IsUpper(text[words[w].Start]) && words[w].Key.All(char.IsLetter) && _venueLeads.Contains(words[w - 1].Key)) noun = w - 2;
            var key = words[noun].Key;
            if (_groupNouns.Contains(key) || _armedGroupNouns.Contains(key) || !key.All(char.IsLetter) || !char.IsLower(text[words[noun].Start])) return null;
            if (PhraseEnd(_selfNamingPhrases, w + 1) is not { } n) return null;
            // "a channel calling itself the voice of the \"X Brigade\"": the name is the group's the thing speaks for
            // (function_words.tsv kind self_naming_voice)
            if (n + 2 < words.Count && words[n].Key == "the" && _voices.Contains(words[n + 1].Key) && words[n + 2].Key == "of") n += 3;
            return OwnClaimAfter(noun) || BlamedRightBefore(noun) ? n : null;
        }

        /// <summary>The name that starts at word <paramref name="n"/> (maybe after "the" and a quotation mark), given for the noun at word <paramref name="w"/>.</summary>
        private (string Name, string Type)? NameGivenAt(int w, int n, bool criminal)
        {
            if (n < words.Count && words[n].Key == "the") n++;
            var quoted = n < words.Count && IsOpeningQuote(n);
            if (quoted) n++;
            if (n >= words.Count || words[n].Start >= SentenceEnd(w) || !NameWord(n) || Connector(n)) return null;
            var last = n;
            if (quoted && QuotedNameEnd(n) is { } end) last = end;
            else
            {
                while (last + 1 < words.Count && (Continues(last + 1) || InnerPossessive(last + 1)) && last + 1 - n < MaxNameWords) last++;
                while (Connector(last)) last--;
                // a quoted name runs on through words joined by a hyphen, whatever their case: "calling itself \"X-armé\""
                if (quoted) while (last + 1 < words.Count && last + 1 - n < MaxNameWords && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End) is "-") last++;
            }
            if (Known(n, last) || NamesOffice(n, last)) return null;
            return (text[words[n].Start..words[last].End], criminal ? "criminal" : "insurgent");
        }

        /// <summary>Word <paramref name="w"/> is an opening quotation mark.</summary>
        private bool IsOpeningQuote(int w) => words[w].Key is "\"" or "\u201c" or "'" or "\u2018";

        /// <summary>The most letters of a lower-case word inside a quoted name in another language: "e" in "Shqiponja e Zezë", "pour".</summary>
        private const int MaxQuotedInnerWordLetters = 4;

        /// <summary>
        /// The last word of a name held whole in quotation marks from word <paramref name="first"/> (a capitalised word) to
        /// the closing mark: capitalised words with short lower-case words between them, as a name in another language
        /// is written ("\"Shqiponja e Zezë\"", "\"Cells of Night Anger\""); null when the quotation holds anything else or
        /// does not close within <see cref="MaxNameWords"/> words of its sentence.
        /// </summary>
        private int? QuotedNameEnd(int first)
        {
            var end = SentenceEnd(first);
            for (var q = first + 1; q < words.Count && q - first <= MaxNameWords && words[q].Start < end; q++)
            {
                if (words[q].Key is "\"" or "\u201d" or "'" or "\u2019") return NameWord(q - 1) ? q - 1 : null;
                if (NameWord(q)) continue;
                var length = words[q].End - words[q].Start;
                // a lower-case word of any length right after a connector, as French and Spanish write a name ("Front de
                // libération du X")
                var afterConnector = Connector(q - 1) && char.IsLower(text[words[q - 1].Start]) && !Connector(q);
                if (!char.IsLower(text[words[q].Start]) || (length > MaxQuotedInnerWordLetters && !afterConnector) || !char.IsLetter(text[words[q].Start])) return null;
            }
            return null;
        }

        /// <summary>
        /// The sentence of word <paramref name="w"/> tells a group's own claim or denial after it (a claims.tsv cue of kind
        /// claimed that names no agent after it, or of kind denied): "a group calling itself X posted a message saying it
        /// had carried out both attacks", "the group \"X\" said it had nothing to do with the blast".
        /// </summary>
        private bool OwnClaimAfter(int w) =>
            cues.Any(c => c.Kind == CueKind.Claim && c.Value is "claimed" or "denied" && c.FirstWord > w && words[c.LastWord].Key != "by"
                          && c.End <= SentenceEnd(w));

        /// <summary>
        /// A cue of blame or claim (claims.tsv claimed, attributed or suspected) ends right before the group noun at word
        /// <paramref name="w"/>, only "a", "an" or "the" between, maybe with a few describing words in lower case after it:
        /// the group the blame names is taken for armed, whatever noun it goes by ("police blamed a group calling itself the
        /// Red Dawn Cell", "the gunmen were named as members of a group that calls itself the X League", "claimed by a
        /// little-known group calling itself X").
        /// </summary>
        private bool BlamedRightBefore(int w) =>
            cues.Any(c => c.Kind == CueKind.Claim && c.Value is "claimed" or "attributed" or "suspected" && c.LastWord < w
                          && words[c.LastWord].Start >= SentenceStart(w) && ArticleAndDescribingWords(c.LastWord + 1, w));

        /// <summary>
        /// Words [<paramref name="from"/>, <paramref name="to"/>) are nothing, or "a", "an" or "the" and then at most
        /// <see cref="MaxDescribingWords"/> words of lower-case letters (hyphens between parts allowed): "a", "a previously
        /// unknown", "a little-known".
        /// </summary>
        private bool ArticleAndDescribingWords(int from, int to)
        {
            if (from == to) return true;
            if (words[from].Key is not ("a" or "an" or "the") || to - from - 1 > MaxDescribingWords) return false;
            for (var k = from + 1; k < to; k++)
                if (!words[k].Key.All(ch => char.IsLower(ch) || ch == '-') || !char.IsLower(text[words[k].Start])) return false;
            return true;
        }

        /// <summary>The word after a naming phrase (function_words.tsv kind naming_phrase: "known as") that starts at word <paramref name="w"/>, or null.</summary>
        private int? NamingPhraseEnd(int w) => PhraseEnd(_namingPhrases, w);

        /// <summary>The word after one of <paramref name="phrases"/> that starts at word <paramref name="w"/>, or null.</summary>
        private int? PhraseEnd(string[][] phrases, int w)
        {
            foreach (var phrase in phrases)
            {
                var k = 0;
                while (k < phrase.Length && w + k < words.Count && words[w + k].Key == phrase[k]) k++;
                if (k == phrase.Length) return w + k;
            }
            return null;
        }

        /// <summary>
        /// The capitalised name right after a cue of responsibility ending in "by" (after "the", or after a word for the
        /// group's people and "of", function_words.tsv kind actor_member): "signed by the X Front", "carried out by members of the X Crew";
        /// or after a cue of claim or blame ending in a word of kind accused_opener ("pointed the finger at the X Posse",
        /// "police suspect the X Crew"). A noun for a group right after the name is part of it ("the X gang").
        /// </summary>
        public string? AgentAfterClaim(int w)
        {
            if (!(words[w].Key == "by" ? cues.Any(c => c.Kind == CueKind.Claim && c.LastWord == w) : AccusesAt(w))) return null;
            var first = w + 1;
            // "carried out by members of the X Crew": the group's people before its name
            if (first + 1 < words.Count && _members.Contains(words[first].Key) && words[first + 1].Key == "of") first += 2;
            if (first < words.Count && words[first].Key == "the") first++;
            first = PastNameOpener(first);
            if (first >= words.Count || !NameWord(first) || Connector(first)) return null;
            var last = first;
            while (last + 1 < words.Count && Continues(last + 1) && last + 1 - first < MaxNameWords) last++;
            while (Connector(last)) last--;
            // one word is a name only as an abbreviation: "claimed by the RLA"; a name the reader cannot close (lower-case
            // words inside it: "by the so-called Front populaire de la Vallée, the FPV") is named by the abbreviation
            // given beside it after a comma and "the"
            if (last == first && !IsAbbreviation(first))
                return AppositiveAbbreviation(first) is { } abbreviation && !Known(abbreviation, abbreviation) ? text[words[abbreviation].Start..words[abbreviation].End] : null;
            if (Known(first, last) || NamesOffice(first, last)) return null;
            // the noun for the group written after its name is part of it: "blamed the Blue Hill gang"
            var end = GroupNounAt(last + 1) ? last + 1 : last;
            return text[words[first].Start..words[end].End];
        }

        /// <summary>
        /// A name spelled out before its abbreviation in brackets at word <paramref name="open"/> ("(", the abbreviation,
        /// ")"), the abbreviation's letters the initials of the name's words, read backward from the bracket: the small words
        /// inside names (function_words.tsv kind name_connector, and name_particle) are passed over, a word joined by hyphens
        /// gives the initial of each of its parts ("Tehrik-e-Nizam Sarhad (TNS)"), and the words may be in lower case, as
        /// French, Spanish or Portuguese write a name ("Front pour la libération du Sud (FLS)", "Movimiento de resistencia
        /// popular (MRP)"); the first word is capitalised. It is an armed group's name when the sentence blames or suspects
        /// it (a claims.tsv cue of kind attributed or suspected ends before the name: "police blamed the Union pour la
        /// défense du Nord (UDN)"), when it speaks a claim or a denial after it ("the X Y Z (XYZ) denied any role"), or when a
        /// noun for an armed group stands right before it ("the banned outfit Tehrik-e-X Y (TXY)", "a militia, the ...").
        /// A name in markdown italics or bold ("*X Y Z* (XYZ)") is read as if plain. A catalogued actor, a place or an office is none.
        /// </summary>
        public string? AbbreviatedName(int open)
        {
            if (words[open].Key != "(" || open + 2 >= words.Count || words[open + 2].Key != ")" || !IsAbbreviation(open + 1) || open == 0) return null;
            var abbreviation = text[words[open + 1].Start..words[open + 1].End];
            if (abbreviation.Length < 2 || !abbreviation.All(char.IsLetter)) return null;
            var remaining = abbreviation.Length;
            var sentenceStart = SentenceStart(open);
            var first = -1;
            // a name set in italics or bold before its bracket ("the *X Y Z* (XYZ)"): the closing marks end no name
            var after = open;
            while (after - 2 >= 0 && EmphasisMark(after - 1) && words[after - 1].Start == words[after - 2].End) after--;
            for (var q = after - 1; q >= 0 && words[q].Start >= sentenceStart && after - q <= MaxOpenNameWords; q--)
            {
                if (q < after - 1 && !Adjacent(q + 1)) return null;
                var word = text[words[q].Start..words[q].End];
                if (!word.All(c => char.IsLetter(c) || Tokenizer.IsInnerJoiner(c))) return null;
                if (char.IsLower(word[0]) && Connector(q)) continue;
                var initials = string.Concat(word.Split('-', '\u2010', '\u2011')
                    .Where(part => part.Length > 0 && !(char.IsLower(part[0]) && (_connectors.Contains(part) || _nameParticles.Contains(part))))
                    .Select(part => char.ToUpperInvariant(part[0])));
                if (initials.Length == 0 || initials.Length > remaining
                    || !abbreviation.AsSpan(remaining - initials.Length, initials.Length).SequenceEqual(initials)) return null;
                remaining -= initials.Length;
                if (remaining == 0) { first = q; break; }
            }
            if (first < 0 || !NameWord(first) || Connector(first)) return null;
            if (Known(first, after - 1) || Known(open + 1, open + 1) || NamesOffice(first, after - 1)) return null;
            var blamed = cues.Any(c => c.Kind == CueKind.Claim && c.Value is "attributed" or "suspected" && c.LastWord < first
                                       && words[c.FirstWord].Start >= sentenceStart);
            var speaks = cues.Any(c => c.Kind == CueKind.Claim && c.Value is "claimed" or "denied" && c.FirstWord > open + 2
                                       && c.End <= SentenceEnd(open) && words[c.LastWord].Key != "by");
            return blamed || speaks || ArmedNounBefore(first) ? text[words[first].Start..words[after - 1].End] : null;
        }

        /// <summary>Word <paramref name="w"/> is a mark of markdown emphasis, no word: "*", "_".</summary>
        private bool EmphasisMark(int w) => words[w].Key is "*" or "_";

        /// <summary>
        /// Right before word <paramref name="first"/> (maybe after "the") stands a noun for an armed group in lower case: an
        /// armed_group_noun, or a group_noun after a word of kind armed_descriptor ("the banned outfit", "a rebel group").
        /// </summary>
        private bool ArmedNounBefore(int first)
        {
            var n = first - 1;
            if (n < 1 || !char.IsLower(text[words[n].Start])) return false;
            if (_armedGroupNouns.Contains(words[n].Key)) return true;
            return _groupNouns.Contains(words[n].Key) && _armedDescriptors.Contains(words[n - 1].Key);
        }

        /// <summary>Most words of a name the reader cannot close, before the abbreviation beside it.</summary>
        private const int MaxOpenNameWords = 8;

        /// <summary>
        /// The abbreviation after a comma and "the" a few words after word <paramref name="first"/>, in its sentence, that
        /// closes its clause ("X y de l'Z, the XYZ." / "..., the XYZ, said"): the other form of the name opening at
        /// <paramref name="first"/>; null when there is none.
        /// </summary>
        private int? AppositiveAbbreviation(int first)
        {
            var end = SentenceEnd(first);
            for (var q = first + 1; q + 2 < words.Count && words[q + 2].Start < end && q - first <= MaxOpenNameWords; q++)
            {
                if (words[q].Key is "." or ";" or ":" or "(" or ")") return null;
                if (words[q].Key != "," || words[q + 1].Key != "the" || !IsAbbreviation(q + 2)) continue;
                var after = q + 3;
                return after >= words.Count || words[after].Start >= end || words[after].Key is "," or "." or ";" ? q + 2 : null;
            }
            return null;
        }

        /// <summary>
        /// Word <paramref name="w"/> ends a cue of claim or blame (claims.tsv claimed, attributed, suspected) and is a word
        /// after which the group the cue names follows (function_words.tsv kind accused_opener): "pointed the finger at",
        /// "blamed the raid on", "bore the hallmarks of", "police suspect".
        /// </summary>
        private bool AccusesAt(int w) =>
            _accusedOpeners.Contains(words[w].Key)
            && cues.Any(c => c.Kind == CueKind.Claim && c.LastWord == w && c.Value is "claimed" or "attributed" or "suspected");

        /// <summary>
        /// Word <paramref name="w"/> is a noun for a group or its fighters in lower case (function_words.tsv kinds group_noun,
        /// armed_group_noun, named_member_noun): "gang", "faction", "militiamen".
        /// </summary>
        private bool GroupNounAt(int w) =>
            w < words.Count && words[w].Start < SentenceEnd(w) && Adjacent(w) && char.IsLower(text[words[w].Start])
            && (_groupNouns.Contains(words[w].Key) || _armedGroupNouns.Contains(words[w].Key) || _namedMemberNouns.Contains(words[w].Key)
                || _kinGroups.Contains(words[w].Key));

        /// <summary>
        /// A capitalised name right before a noun for a group in lower case at word <paramref name="w"/> (function_words.tsv
        /// kinds group_noun, armed_group_noun), in a sentence that claims or blames an attack (claims.tsv claimed,
        /// attributed, suspected): "members of the Blue Hill faction are suspected", "police blamed the attack on a
        /// Harbour Street gang". The name and the noun as written are the group. No word of the name may only say the
        /// group is armed ("the Islamist group": kind armed_descriptor), and no name the catalogue or the gazetteer knows.
        /// </summary>
        public (string Name, string Type)? NameBeforeGroupNoun(int w)
        {
            if (w < 1 || !GroupNounAt(w) || !NameWord(w - 1) || !Adjacent(w)) return null;
            if (w + 1 < words.Count && words[w + 1].Start < SentenceEnd(w) && Adjacent(w + 1) && NameWord(w + 1)) return null;
            var sentenceStart = SentenceStart(w);
            if (!cues.Any(c => c.Kind == CueKind.Claim && c.Value is "claimed" or "attributed" or "suspected" && c.Start >= sentenceStart && c.End <= SentenceEnd(w))) return null;
            var first = NameStart(w - 1);
            if (first < 0 || NamesOffice(first, w - 1)) return null;
            for (var q = first; q < w; q++)
                if (_armedDescriptors.Contains(words[q].Key)) return null;
            return (text[words[first].Start..words[w].End], _armedGroupNouns.Contains(words[w].Key) ? "criminal" : "insurgent");
        }

        /// <summary>
        /// The word after a word that opens a name without being part of it (function_words.tsv kind name_opener, hyphens parting words: "so-called")
        /// and an opening quotation mark after that, from word <paramref name="w"/>: "by the so-called \"Hill Front\"" names
        /// the Hill Front. A quotation mark alone opens no name (a quoted name is no name the article gives as its own).
        /// </summary>
        private int PastNameOpener(int w)
        {
            foreach (var opener in _nameOpeners)
            {
                var k = 0;
                while (k < opener.Length && w + k < words.Count && words[w + k].Key == opener[k]) k++;
                if (k < opener.Length) continue;
                w += k;
                return w < words.Count && words[w].Key is "\"" or "\u201c" or "'" or "\u2018" ? w + 1 : w;
            }
            return w;
        }

        /// <summary>
        /// The capitalised name right before a group's own claim (a claims.tsv cue of kind claimed starting at word
        /// <paramref name="w"/>, written in lower case, so no headline in title case): "the X Front claimed the attack".
        /// Between them may stand words of function_words.tsv kind claimant_filler ("has", "later"), an aside between
        /// commas that opens in lower case ("the X Front, the armed wing of the Y movement, claimed"), and the name may end
        /// in a capitalised word in brackets ("the Communist Party of X (Y) has claimed"), which stays part of it; an
        /// abbreviation in brackets is the name's other form. A name of one word opening its sentence must be an abbreviation.
        /// A cue that opens with a word of function_words.tsv kind claim_non_verb has no subject before it ("said on Sunday
        /// that its fighters").
        /// </summary>
        public string? ClaimantBeforeClaim(int w)
        {
            // the accused's own denial ("the RPU has nothing to do with the massacre", "the XLF denied any role"): its
            // subject names the group only as an abbreviation (a ministry or a force that denies names no armed group)
            if (OwnDenialStartsAt(w) && !_claimNonVerbs.Contains(words[w].Key) && NameBefore(w) is { } denier
                && IsAbbreviationText(denier))
                return denier;
            // a cue ending in "by" names its agent after it ("claimed by the X"), never before
            if (!OwnClaimStartsAt(w) || _claimNonVerbs.Contains(words[w].Key)) return null;
            return NameBefore(w);
        }

        /// <summary>
        /// The capitalised name of a group right before a cue of others' blame (claims.tsv attributed or suspected, written in
        /// lower case) starting at word <paramref name="w"/> whose last word makes its subject the accused (function_words.tsv
        /// kind accused_subject_end: "behind"): "officials said the X Front was behind the raid", "the X Brigade is believed
        /// to be behind it", "said that \"fighters of X\" were behind the kidnapping". A form of "be" and a closing quotation
        /// mark may stand between; the name is read as a claimant's is (<see cref="NameBefore"/>).
        /// </summary>
        public string? AccusedBeforeBlame(int w)
        {
            if (!char.IsLower(text[words[w].Start])
                || !cues.Any(c => c.Kind == CueKind.Claim && c.FirstWord == w && c.Value is "attributed" or "suspected"
                                  && _accusedSubjectEnds.Contains(words[c.LastWord].Key))) return null;
            var sentenceStart = SentenceStart(w);
            var p = w;
            if (p - 1 >= 0 && words[p - 1].Start >= sentenceStart && _auxiliaries.Contains(words[p - 1].Key)) p--;
            if (p - 1 >= 0 && words[p - 1].Start >= sentenceStart && words[p - 1].Key is "\"" or "\u201d") p--;
            return NameBefore(p);
        }

        /// <summary>
        /// The capitalised name between a verb of holding at word <paramref name="w"/> (function_words.tsv kind hold_verb, in
        /// lower case) and "responsible", maybe after "the": "officials held the X Brigade responsible for the raid". The
        /// name is read as one after a cue of blame is (a noun for the group after it is part of it: "held the X gang
        /// responsible"); a place, a catalogued actor or an office is none.
        /// </summary>
        public string? HeldResponsibleName(int w)
        {
            if (!_holdVerbs.Contains(words[w].Key) || !char.IsLower(text[words[w].Start])) return null;
            var first = w + 1;
            if (first < words.Count && words[first].Key == "the") first++;
            if (first >= words.Count || words[first].Start >= SentenceEnd(w) || !NameWord(first) || Connector(first)) return null;
            var last = first;
            while (last + 1 < words.Count && Continues(last + 1) && last + 1 - first < MaxNameWords) last++;
            while (Connector(last)) last--;
            var end = GroupNounAt(last + 1) ? last + 1 : last;
            if (end + 1 >= words.Count || words[end + 1].Key != "responsible") return null;
            if ((last == first && end == last && !IsAbbreviation(first)) || Known(first, last) || NamesOffice(first, last)) return null;
            return text[words[first].Start..words[end].End];
        }

        /// <summary>A cue of claims.tsv kind denied, written in lower case, starts at word <paramref name="w"/>.</summary>
        private bool OwnDenialStartsAt(int w) =>
            cues.Any(c => c.Kind == CueKind.Claim && c.FirstWord == w && c.Value is "denied") && char.IsLower(text[words[w].Start]);

        /// <summary>The name is one abbreviation: two to eight capitals, no lower-case letter ("RPU", "XLF").</summary>
        private static bool IsAbbreviationText(string name) =>
            name.Length is >= 2 and <= 8 && name.All(char.IsLetter) && !name.Any(char.IsLower);

        /// <summary>
        /// The capitalised name that speaks a group's own claim whose cue is no verb (it opens with a word of
        /// function_words.tsv kind claim_non_verb: "on its Telegram channel", "that its fighters"): the subject of the
        /// speech verb (kind speech_verb) a few words before the cue, read as <see cref="ClaimantBeforeClaim"/> reads its
        /// name: "the X Front, an outlawed militia, said in a message on its Telegram channel that ...".
        /// </summary>
        public string? SpeakerOfClaim(int w)
        {
            if (!OwnClaimStartsAt(w) || !_claimNonVerbs.Contains(words[w].Key)) return null;
            var sentenceStart = SentenceStart(w);
            for (var v = w - 1; v > 0 && words[v].Start >= sentenceStart && w - v <= MaxWordsAfterSpeechVerb; v--)
            {
                if (cues.Any(c => c.Kind is CueKind.Claim or CueKind.Actor && c.FirstWord <= v && c.LastWord >= v)) return null;
                if (_speechVerbs.Contains(words[v].Key) && char.IsLower(text[words[v].Start])) return NameBefore(v);
            }
            return null;
        }

        /// <summary>
        /// The name a claim was signed with, in quotation marks right after a cue of claims.tsv kind signature ending at
        /// word <paramref name="w"/> with no "by" ("the claim, signed \"X Cell\"", "a statement signed 'X Front'"):
        /// capitalised words with short lower-case words between them, up to the closing mark or to a dash or slash
        /// that gives the same name in another language ("\"X Cell – Y Cell\"": the first form). A place, a catalogued
        /// actor or an office is none.
        /// </summary>
        public string? QuotedSignature(int w)
        {
            if (words[w].Key == "by" || !cues.Any(c => c.Kind == CueKind.Claim && c.Value is "signature" && c.LastWord == w)) return null;
            var n = w + 1;
            if (n >= words.Count || !IsOpeningQuote(n)) return null;
            n++;
            var end = SentenceEnd(w);
            if (n >= words.Count || words[n].Start >= end || !NameWord(n) || Connector(n)) return null;
            var last = n;
            for (var q = n + 1; q < words.Count && words[q].Start < end && q - n < MaxNameWords; q++)
            {
                if (NameWord(q)) { last = q; continue; }
                var length = words[q].End - words[q].Start;
                if (char.IsLower(text[words[q].Start]) && char.IsLetter(text[words[q].Start]) && length <= MaxQuotedInnerWordLetters) continue;
                break;
            }
            // the name ends at the closing mark, or at a dash or slash before its other form
            var after = text.AsSpan(words[last].End, Math.Min(end, text.Length) - words[last].End).TrimStart();
            if (after.IsEmpty || !(after[0] is '"' or '\u201d' or '\'' or '\u2019' or '\u2013' or '\u2014' or '/' or '-')) return null;
            if (Known(n, last) || NamesOffice(n, last)) return null;
            return text[words[n].Start..words[last].End];
        }

        /// <summary>
        /// The capitalised name after a phrase of membership (function_words.tsv kind membership_phrase) and "the" that
        /// starts at word <paramref name="w"/>, in a sentence that tells a claim, a blame or a denial (claims.tsv claimed,
        /// attributed, suspected, denied) after the name: "we believe members of the X Crew are behind it", "two men said to
        /// belong to the X Posse say the group had nothing to do with it". The name holds two words at least and ends in
        /// a noun for an armed band (kinds armed_group_noun, group_name_head; never "the Town Sports Club"): a place, a
        /// catalogued actor or an office is none.
        /// </summary>
        public (string Name, string Type)? MemberOfNamedGroup(int w)
        {
            if (PhraseEnd(_membershipPhrases, w) is not { } n || n >= words.Count || words[n].Key != "the") return null;
            // the phrase in lower case: a heading's "Members Of The ..." tells nothing
            if (!char.IsLower(text[words[w].Start])) return null;
            var first = n + 1;
            // "members of the banned X": a word that says the group is armed (kind armed_descriptor) makes the name an armed
            // group's whatever its last word, and the attack its members did names them as much as a claim or a blame
            var described = first < words.Count && _armedDescriptors.Contains(words[first].Key) && char.IsLower(text[words[first].Start]);
            if (described) first++;
            var end = SentenceEnd(w);
            if (first >= words.Count || words[first].Start >= end || !NameWord(first) || Connector(first)) return null;
            var last = first;
            while (last + 1 < words.Count && Continues(last + 1) && last + 1 - first < MaxNameWords) last++;
            while (Connector(last)) last--;
            if (last == first) return null;
            var head = words[last].Key;
            var armed = _armedGroupNouns.Contains(head);
            if (!armed && !described && !_groupNameHeads.Contains(head)) return null;
            if (Known(first, last) || NamesOffice(first, last)) return null;
            if (!cues.Any(c => c.FirstWord > last && c.End <= end
                               && (c.Kind == CueKind.Claim && c.Value is "claimed" or "attributed" or "suspected" or "denied"
                                   || described && c.Kind == CueKind.Event))) return null;
            return (text[words[first].Start..words[last].End], armed ? "criminal" : "insurgent");
        }

        /// <summary>
        /// The capitalised name right after a phrase of function_words.tsv kind voice_phrase that starts at word
        /// <paramref name="w"/> in lower case (maybe after "the", maybe in quotation marks), in a sentence that tells a
        /// group's own claim after the name (<see cref="OwnClaimStartsAt"/>): "a man speaking for Los X del Y said the gang
        /// had set off the bomb", "a caller who says he speaks for \"the X Cell\" says the blast was their work". The one
        /// who speaks is the group's, and the claim is the group's. A place, a catalogued actor or an office is none.
        /// </summary>
        public string? VoicedGroupName(int w)
        {
            if (!char.IsLower(text[words[w].Start]) || PhraseEnd(_voicePhrases, w) is not { } n) return null;
            var end = SentenceEnd(w);
            if (n < words.Count && IsOpeningQuote(n)) n++;
            if (n < words.Count && words[n].Key == "the" && char.IsLower(text[words[n].Start])) n++;
            if (n < words.Count && IsOpeningQuote(n)) n++;
            if (n >= words.Count || words[n].Start >= end || !NameWord(n)) return null;
            // a name in another language may open on its capitalised article ("Los X del Y", "La X")
            if (Connector(n) && !(n + 1 < words.Count && Adjacent(n + 1) && NameWord(n + 1))) return null;
            var last = n;
            while (last + 1 < words.Count && Continues(last + 1) && last + 1 - n < MaxNameWords) last++;
            while (Connector(last)) last--;
            if (last == n && Connector(n) || Known(n, last) || NamesOffice(n, last)) return null;
            for (var c = last + 1; c < words.Count && words[c].Start < end; c++)
                if (OwnClaimStartsAt(c)) return text[words[n].Start..words[last].End];
            return null;
        }

        /// <summary>
        /// A name that starts at word <paramref name="w"/> with a word for an army, a battalion or a brigade
        /// (function_words.tsv kind group_name_lead, the word itself or the first part of a word joined by hyphens):
        /// "Lashkar-e-X", "Jaish al-X", "Katibat X Y". Its shape makes it an armed group's wherever it stands, with no
        /// claim or description needed. The name holds more than the lead word ("the Liwa" alone is none); a place, a
        /// catalogued actor or an office is none.
        /// </summary>
        public string? LedGroupName(int w)
        {
            if (!NameWord(w)) return null;
            var word = text[words[w].Start..words[w].End];
            var parts = word.Split('-', '\u2010', '\u2011');
            if (!_groupNameLeads.Contains(parts[0].ToLowerInvariant())) return null;
            // the lead word inside a longer name ("the Grand Saraya") opens no group's name
            if (w > 0 && words[w - 1].Start >= SentenceStart(w) && Adjacent(w) && NameWord(w - 1) && words[w - 1].Start != SentenceStart(w)) return null;
            var last = w;
            // "Lashkar-e-X and Jaish al-Y": an "and" ends the name, the next is another group's
            while (last + 1 < words.Count && Continues(last + 1) && words[last + 1].Key != "and" && last + 1 - w < MaxNameWords) last++;
            while (last > w && Connector(last)) last--;
            if (last == w && parts.Length < 2) return null;
            if (Known(w, last) || NamesOffice(w, last)) return null;
            return text[words[w].Start..words[last].End];
        }

        /// <summary>The most words between a speech verb and the claim it tells: "said in a statement posted late on Friday".</summary>
        private const int MaxWordsAfterSpeechVerb = 10;

        /// <summary>A claims.tsv cue of kind claimed, written in lower case and naming no agent after it, starts at word <paramref name="w"/>.</summary>
        private bool OwnClaimStartsAt(int w) =>
            cues.Any(c => c.Kind == CueKind.Claim && c.FirstWord == w && c.Value is "claimed" && words[c.LastWord].Key != "by")
            && char.IsLower(text[words[w].Start]);

        /// <summary>
        /// The capitalised name that fills a table's cell from word <paramref name="w"/>, under a column headed by a claim
        /// label (function_words.tsv kind claim_label as the heading's first word: "Perpetrator", "Claimed by",
        /// "claimed_by"): "| X Front (claimed) |", "| Mouvement pour la Y |". The name is the whole cell but a bracket
        /// after it; one word must be an abbreviation; a cell that describes ("Unknown gunmen") or says no names no one.
        /// </summary>
        public string? NameInClaimCell(int w)
        {
            var at = words[w].Start;
            if (!NameWord(w)) return null;
            var cells = PipeTable.CellsAt(text, at);
            var i = cells.FindIndex(c => c.Start == at);
            if (i < 0) return null;
            var header = PipeTable.HeaderAbove(text, at);
            if (header.Count != cells.Count
                || PipeTable.HeadingWords(text[header[i].Start..header[i].End]).FirstOrDefault() is not { } heading || !_claimLabels.Contains(heading)) return null;
            var cell = cells[i];
            var last = w;
            while (last + 1 < words.Count && words[last + 1].End <= cell.End && last - w + 1 < MaxNameWords && Continues(last + 1)) last++;
            var rest = text.AsSpan(words[last].End, cell.End - words[last].End).Trim();
            if (rest.Length > 0 && rest[0] != '(') return null;
            if (last == w && !IsAbbreviation(w)) return null;
            if (_negations.Contains(words[w].Key) || Known(w, last) || NamesOffice(w, last)) return null;
            return text[words[w].Start..words[last].End];
        }

        /// <summary>The capitalised name of a group right before word <paramref name="w"/>, past fillers and an aside; null when there is none.</summary>
        private string? NameBefore(int w)
        {
            var sentenceStart = SentenceStart(w);
            var p = w - 1;
            while (p >= 0 && words[p].Start >= sentenceStart && _claimantFillers.Contains(words[p].Key)) p--;
            if (p >= 0 && words[p].Key == "," && AsideOpening(p, sentenceStart) is var opening and >= 0) p = opening - 1;
            if (p < 1 || words[p].Start < sentenceStart) return null;
            // a name in quotation marks right before the claim ("a statement from \"X Front\" claiming both"): the quoted name
            if (words[p].Key is "\"" or "\u201d" && p >= 2 && words[p].Start == words[p - 1].End && NameWord(p - 1)
                && QuotedOpening(p - 1, sentenceStart) is { } quoteOpen && QuotedNameEnd(quoteOpen + 1) == p - 1)
                p--;
            var last = p;
            var qualified = false;
            if (words[p].Key == ")" && p >= 2 && words[p - 2].Key == "(")
            {
                // "(Y)": an abbreviation is the name's other form, a capitalised word part of the name
                qualified = NameWord(p - 1) && !IsAbbreviation(p - 1);
                p -= 3;
            }
            else if (words[p].Key == ")" && BracketOpening(p, sentenceStart) is { } open)
                // "the X Y Z (Sons of the W Brigade) issued a claim": several capitalised words in brackets are the name's
                // other form (a translation), and the name stands before them
                p = open - 1;
            if (p < 0 || words[p].Start < sentenceStart || !NameWord(p)) return null;
            var first = p;
            while (first - 1 >= 0 && words[first - 1].Start >= sentenceStart && p - first + 1 < MaxNameWords
                   && (NameWord(first - 1) || InnerPossessive(first - 1) || JoinsBackward(first - 1))
                   && Adjacent(first))
                first--;
            while (first < p && (Connector(first) || words[first].Key is "a" or "an")) first++;
            if (first == p && !IsAbbreviation(p) && words[p].Start == sentenceStart) return null;
            if (Known(first, p) || NamesOffice(first, p) || SpeaksForGroup(first, w, sentenceStart)) return null;
            return text[words[first].Start..words[qualified ? last : p].End];
        }

        /// <summary>The opening quotation mark a few words before word <paramref name="last"/> in its sentence, or null.</summary>
        private int? QuotedOpening(int last, int sentenceStart)
        {
            for (var q = last - 1; q >= 0 && words[q].Start >= sentenceStart && last - q <= MaxNameWords; q--)
                if (IsOpeningQuote(q)) return q;
            return null;
        }

        /// <summary>
        /// The "(" of the bracket whose ")" is word <paramref name="close"/>, when the bracket holds two capitalised words or
        /// more and the small words inside names only (<see cref="BracketedNameEnd"/>): a name's other form; else null.
        /// </summary>
        private int? BracketOpening(int close, int sentenceStart)
        {
            for (var q = close - 2; q >= 0 && words[q].Start >= sentenceStart && close - q - 1 <= MaxNameWords; q--)
                if (words[q].Key == "(") return close - q - 1 >= 2 && BracketedNameEnd(q) == close ? q : null;
            return null;
        }

        /// <summary>
        /// The name before a claim is a person speaking for a group: the sentence names a catalogued actor before the claim
        /// ("Taliban spokesman X Y claimed"), or a word of function_words.tsv kind speaker_role stands right before the
        /// name or between it and the claim ("group spokesman X Y claimed", "X Y, the group's commander, claimed").
        /// </summary>
        private bool SpeaksForGroup(int first, int claim, int sentenceStart)
        {
            if (cues.Any(c => c.Kind == CueKind.Actor && c.Start >= sentenceStart && c.End <= words[claim].Start)) return true;
            if (first - 1 >= 0 && words[first - 1].Start >= sentenceStart && _speakerRoles.Contains(words[first - 1].Key)) return true;
            for (var q = first; q < claim; q++)
                if (_speakerRoles.Contains(words[q].Key)) return true;
            return false;
        }

        /// <summary>
        /// A word of the name is an official's title (function_words.tsv kind office_title): "a communique signed by the
        /// Chief of Defence Staff" names the office that signed it, no armed group.
        /// </summary>
        private bool NamesOffice(int first, int last)
        {
            for (var q = first; q <= last; q++)
                if (_officeTitles.Contains(words[q].Key)) return true;
            return false;
        }

        /// <summary>The first word of an aside closed by the comma at word <paramref name="comma"/>: ", the armed wing of X," opening in lower case; -1 when there is none.</summary>
        private int AsideOpening(int comma, int sentenceStart)
        {
            for (var q = comma - 1; q > 0 && words[q].Start >= sentenceStart && comma - q <= MaxAsideWords; q--)
            {
                if (words[q].Key != ",") continue;
                return char.IsLower(text[words[q + 1].Start]) ? q : -1;
            }
            return -1;
        }

        /// <summary>The most words of an aside between a claimant's name and its claim: ", the armed wing of the oldest separatist movement,".</summary>
        private const int MaxAsideWords = 14;

        /// <summary>Marks every mention of the actor's name, and of the abbreviation in brackets after one, as the actor.</summary>
        public void MarkMentions(Actor actor)
        {
            var keys = Words.Keys(actor.Canonical);
            string? abbreviation = null;
            for (var w = 0; w + keys.Length <= words.Count; w++)
            {
                var k = 0;
                while (k < keys.Length && words[w + k].Key == keys[k]) k++;
                if (k < keys.Length || Known(w, w + keys.Length - 1, reporters: false)) continue;
                cues.Add(new Cue(CueKind.Actor, words[w].Start, words[w + keys.Length - 1].End, actor, w, w + keys.Length - 1));
                var after = w + keys.Length;
                while (after < words.Count && EmphasisMark(after) && words[after].Start == words[after - 1].End) after++;
                if (after + 2 < words.Count && words[after].Key == "(" && words[after + 2].Key == ")" && IsAbbreviation(after + 1))
                    abbreviation ??= text[words[after + 1].Start..words[after + 1].End];
            }
            if (abbreviation is null) return;
            for (var w = 0; w < words.Count; w++)
                if (text.AsSpan(words[w].Start, words[w].End - words[w].Start).SequenceEqual(abbreviation) && !Known(w, w, reporters: false))
                    cues.Add(new Cue(CueKind.Actor, words[w].Start, words[w].End, actor, w, w));
        }

        /// <summary>The first word of the name that ends at word <paramref name="last"/>, or -1 when it is no name of a group.</summary>
        private int NameStart(int last)
        {
            var first = last;
            var sentenceStart = SentenceStart(last);
            while (first - 1 >= 0 && words[first - 1].Start >= sentenceStart && last - first + 1 < MaxNameWords
                   && (NameWord(first - 1) || InnerPossessive(first - 1) || JoinsBackward(first - 1)))
                first--;
            while (first < last && (Connector(first) || words[first].Key is "a" or "an") && (!NameWord(first) || words[first].Key is "the" or "a" or "an")) first++;
            // one capitalised word opening its sentence may be any word
            if (first == last && words[first].Start == sentenceStart) return -1;
            // "No group said it had planted the bomb", "None of the groups ...": a negation names no one
            if (_negations.Contains(words[first].Key)) return -1;
            return Known(first, last) ? -1 : first;
        }

        /// <summary>
        /// Word <paramref name="w"/> goes on a name: a capitalised word, a possessive between two of them ("People's" in
        /// "the X People's Army": <see cref="InnerPossessive"/>), or a connector before one, or a connector and an
        /// article before one ("Front for the Liberation", "Mouvement pour la Défense"; never "and the").
        /// </summary>
        private bool Continues(int w) =>
            w < words.Count && words[w].Start < SentenceEnd(w) && Adjacent(w)
            && (NameWord(w) || InnerPossessive(w) || (Connector(w) && w + 1 < words.Count && Adjacent(w + 1)
                                && (NameWord(w + 1) || (ArticleAfterConnector(w + 1) && w + 2 < words.Count && NameWord(w + 2) && Adjacent(w + 2)))));

        /// <summary>
        /// The lower-case connector at word <paramref name="c"/> joins the name on to the capitalised word before it, maybe
        /// through a connector and the article <paramref name="c"/> is ("pour la", "for the") when that word does not open its
        /// sentence (any word is capitalised there: "Members of the X gang").
        /// </summary>
        /// <remarks>
        /// A lower-case "the" right after its sentence's first word opens a new phrase ("Today the X Front said", "Later the
        /// X Brigade claimed"): the capitalised opener is any word, no part of the name. A lower-case article (function_words.tsv
        /// kind name_article) joins a name only after a connector ("Front for the X", "Frente de la Y"): right after a
        /// capitalised word it opens a new phrase ("On Tuesday the X Front claimed").
        /// </remarks>
        private bool JoinsBackward(int c) =>
            c >= 1 && Connector(c) && !char.IsUpper(text[words[c].Start])
            && !(words[c].Key == "the" && words[c - 1].Start == SentenceStart(c - 1))
            && ((NameWord(c - 1) && !_nameArticles.Contains(words[c].Key)) || (ArticleAfterConnector(c) && c >= 2 && NameWord(c - 2) && Adjacent(c - 1)
                                    && words[c - 2].Start != SentenceStart(c - 2)));

        /// <summary>
        /// Word <paramref name="w"/> is a small word inside a name (function_words.tsv kind name_connector), or a lower-case
        /// article of kind name_particle joined by a hyphen to the word after it ("ash" in "Kataib ash-X").
        /// </summary>
        private bool Connector(int w) =>
            _connectors.Contains(words[w].Key)
            || (_nameParticles.Contains(words[w].Key) && w + 1 < words.Count && char.IsLower(text[words[w].Start])
                && text.AsSpan(words[w].End, words[w + 1].Start - words[w].End) is "-");

        /// <summary>Word <paramref name="a"/> is a lower-case article right after a lower-case connector other than "and": "for the", "pour la".</summary>
        private bool ArticleAfterConnector(int a) =>
            a >= 1 && _nameArticles.Contains(words[a].Key) && !char.IsUpper(text[words[a].Start])
            && Connector(a - 1) && !char.IsUpper(text[words[a - 1].Start]) && words[a - 1].Key is not ("and" or "y");

        /// <summary>
        /// Word <paramref name="w"/> is a possessive "'s" inside a name: joined to the capitalised word before it, a
        /// capitalised word after it, and its owner no catalogued actor or place ("the Hill People's Defence Front"
        /// is one name; in "Ruritania's Hill Front" the country owns the name).
        /// </summary>
        private bool InnerPossessive(int w) =>
            w >= 1 && w + 1 < words.Count && words[w].Key is "'s" && words[w].Start == words[w - 1].End
            && NameWord(w - 1) && NameWord(w + 1) && !Known(w - 1, w - 1);

        /// <summary>Only a space (or a hyphen) parts word <paramref name="w"/> from the word before it.</summary>
        private bool Adjacent(int w) => w > 0 && text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End) is var gap && (gap.IsEmpty || gap is " " or "-");

        /// <summary>A capitalised word with lower-case letters after its first, or an abbreviation.</summary>
        private bool NameWord(int w)
        {
            var word = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            if (word.Length < 2 || !char.IsUpper(word[0])) return false;
            foreach (var c in word[1..]) if (!char.IsLetter(c) && !Tokenizer.IsInnerJoiner(c)) return false;
            return true;
        }

        private bool IsAbbreviation(int w)
        {
            var word = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            return word.Length is >= 2 and <= 8 && !word.ContainsAnyInRange('a', 'z') && char.IsLetter(word[0]);
        }

        /// <summary>
        /// Words <paramref name="first"/> to <paramref name="last"/> overlap a catalogued actor, or lie within a place or
        /// within the words of one who reports (sources.tsv: "the UN", "Red Cross", a news agency), never an armed group ("the
        /// work of the UN mission"; "the Army for the X" holds more than the source word "army"). Not <paramref name="reporters"/>:
        /// the mentions of a group already found, whose abbreviation may be spelled as an agency's ("the X People's Army (DPA)").
        /// </summary>
        private bool Known(int first, int last, bool reporters = true)
        {
            int start = words[first].Start, end = words[last].End;
            return cues.Any(c => c.Kind == CueKind.Actor && c.Start < end && c.End > start)
                   || (reporters && cues.Any(c => c.Kind == CueKind.Source && c.Start <= start && c.End >= end))
                   || places.Any(p => p.Start < end && p.End > start && p.Start <= start && p.End >= end);
        }

        private int SentenceStart(int w) => SentenceOf(w)?.Start ?? 0;
        private int SentenceEnd(int w) => SentenceOf(w)?.End ?? text.Length;

        private Sentence? SentenceOf(int w)
        {
            int lo = 0, hi = sentences.Count - 1, at = words[w].Start;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (sentences[mid].End <= at) lo = mid + 1;
                else if (sentences[mid].Start > at) hi = mid - 1;
                else return sentences[mid];
            }
            return null;
        }
    }
}
