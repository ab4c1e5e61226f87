using Sitrep.Lexicons;

namespace Sitrep.Annotation;

/// <summary>
/// Armed groups the actor catalogue (actors.tsv) does not list, named by how the article writes them: a capitalised
/// name with an aside that calls it an armed or criminal group ("Los Tiburones, a drug-trafficking gang active in the
/// north"), or the agent right after a cue of responsibility that ends in "by" ("a banner signed by the Southern
/// Resistance Front"). Every later mention of the same name in the article, and the abbreviation in brackets after it,
/// becomes an actor too. Words of function_words.tsv kinds group_noun, armed_group_noun, armed_descriptor,
/// name_connector and group_follower. Text written in capitals throughout names none (case tells nothing there).
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
        for (var w = 0; w < words.Count; w++)
        {
            if (reader.DescribedName(w) is { } described) found.TryAdd(described.Name, new Actor(described.Name, described.Type));
            if (reader.AgentAfterClaim(w) is { } agent) found.TryAdd(agent, new Actor(agent, "insurgent"));
        }
        foreach (var actor in found.Values) reader.MarkMentions(actor);
    }

    private sealed class Reader(string text, IReadOnlyList<Word> words, IReadOnlyList<Sentence> sentences, IReadOnlyList<PlaceMention> places,
                                List<Cue> cues, FunctionWords functionWords)
    {
        private readonly IReadOnlySet<string> _groupNouns = functionWords.Of(FunctionWords.GroupNoun);
        private readonly IReadOnlySet<string> _armedGroupNouns = functionWords.Of(FunctionWords.ArmedGroupNoun);
        private readonly IReadOnlySet<string> _armedDescriptors = functionWords.Of(FunctionWords.ArmedDescriptor);
        private readonly IReadOnlySet<string> _connectors = functionWords.Of(FunctionWords.NameConnector);
        private readonly IReadOnlySet<string> _followers = functionWords.Of(FunctionWords.GroupFollower);

        /// <summary>
        /// A name ending at word <paramref name="w"/>, maybe its abbreviation in brackets, then ", a" and at most a few
        /// describing words before a noun for an armed group: a gang, cartel or militia whatever describes it, any other
        /// group only with a word that says it is armed ("an armed group", "a rebel movement"). The noun ends its phrase.
        /// </summary>
        public (string Name, string Type)? DescribedName(int w)
        {
            if (!NameWord(w) || (w + 1 < words.Count && Continues(w + 1))) return null;
            var n = w + 1;
            if (n + 2 < words.Count && words[n].Key == "(" && words[n + 2].Key == ")") n += 3;
            if (n + 1 >= words.Count || words[n].Key != "," || words[n + 1].Key is not ("a" or "an")) return null;
            n += 2;
            var armed = false;
            for (var described = 0; n < words.Count && described <= MaxDescribingWords; n++, described++)
            {
                var key = words[n].Key;
                if (_armedGroupNouns.Contains(key) || (_groupNouns.Contains(key) && armed))
                {
                    if (n + 1 < words.Count && !_followers.Contains(words[n + 1].Key) && words[n + 1].Start < SentenceEnd(n)) return null;
                    var first = NameStart(w);
                    if (first < 0) return null;
                    return (text[words[first].Start..words[w].End], _armedGroupNouns.Contains(key) ? "criminal" : "insurgent");
                }
                if (!char.IsLetter(key[0]) || !char.IsLower(text[words[n].Start])) return null;
                if (_armedDescriptors.Contains(key)) armed = true;
            }
            return null;
        }

        /// <summary>The capitalised name right after a cue of responsibility ending in "by" (after "the"): "signed by the X Front".</summary>
        public string? AgentAfterClaim(int w)
        {
            if (words[w].Key != "by" || !cues.Any(c => c.Kind == CueKind.Claim && c.LastWord == w)) return null;
            var first = w + 1;
            if (first < words.Count && words[first].Key == "the") first++;
            if (first >= words.Count || !NameWord(first) || _connectors.Contains(words[first].Key)) return null;
            var last = first;
            while (last + 1 < words.Count && Continues(last + 1) && last + 1 - first < MaxNameWords) last++;
            while (_connectors.Contains(words[last].Key)) last--;
            // one word is a name only as an abbreviation: "claimed by the RLA"
            if (last == first && !IsAbbreviation(first)) return null;
            return Known(first, last) ? null : text[words[first].Start..words[last].End];
        }

        /// <summary>Marks every mention of the actor's name, and of the abbreviation in brackets after one, as the actor.</summary>
        public void MarkMentions(Actor actor)
        {
            var keys = Words.Keys(actor.Canonical);
            string? abbreviation = null;
            for (var w = 0; w + keys.Length <= words.Count; w++)
            {
                var k = 0;
                while (k < keys.Length && words[w + k].Key == keys[k]) k++;
                if (k < keys.Length || Known(w, w + keys.Length - 1)) continue;
                cues.Add(new Cue(CueKind.Actor, words[w].Start, words[w + keys.Length - 1].End, actor, w, w + keys.Length - 1));
                var after = w + keys.Length;
                if (after + 2 < words.Count && words[after].Key == "(" && words[after + 2].Key == ")" && IsAbbreviation(after + 1))
                    abbreviation ??= text[words[after + 1].Start..words[after + 1].End];
            }
            if (abbreviation is null) return;
            for (var w = 0; w < words.Count; w++)
                if (text.AsSpan(words[w].Start, words[w].End - words[w].Start).SequenceEqual(abbreviation) && !Known(w, w))
                    cues.Add(new Cue(CueKind.Actor, words[w].Start, words[w].End, actor, w, w));
        }

        /// <summary>The first word of the name that ends at word <paramref name="last"/>, or -1 when it is no name of a group.</summary>
        private int NameStart(int last)
        {
            var first = last;
            var sentenceStart = SentenceStart(last);
            while (first - 1 >= 0 && words[first - 1].Start >= sentenceStart && last - first + 1 < MaxNameWords
                   && (NameWord(first - 1) || (_connectors.Contains(words[first - 1].Key) && first - 2 >= 0 && NameWord(first - 2)
                                               && !char.IsUpper(text[words[first - 1].Start]))))
                first--;
            while (first < last && (_connectors.Contains(words[first].Key) || words[first].Key is "a" or "an") && (!NameWord(first) || words[first].Key is "the" or "a" or "an")) first++;
            // one capitalised word opening its sentence may be any word
            if (first == last && words[first].Start == sentenceStart) return -1;
            return Known(first, last) ? -1 : first;
        }

        /// <summary>Word <paramref name="w"/> goes on a name: a capitalised word or a connector before one.</summary>
        private bool Continues(int w) =>
            w < words.Count && words[w].Start < SentenceEnd(w) && Adjacent(w)
            && (NameWord(w) || (_connectors.Contains(words[w].Key) && w + 1 < words.Count && NameWord(w + 1) && Adjacent(w + 1)));

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

        /// <summary>Words <paramref name="first"/> to <paramref name="last"/> overlap a catalogued actor or a place.</summary>
        private bool Known(int first, int last)
        {
            int start = words[first].Start, end = words[last].End;
            return cues.Any(c => c.Kind == CueKind.Actor && c.Start < end && c.End > start)
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
