namespace Sitrep.Lexicons;

/// <summary>A cue lexicon seen from the annotator, whatever its values: its first words, its size, and its matches as cues.</summary>
internal interface ICueMatcher
{
    /// <summary>How many phrases it holds; changes whenever a phrase is added.</summary>
    int Count { get; }

    /// <summary>The words its phrases start with.</summary>
    IEnumerable<string> FirstKeys { get; }

    /// <summary>Its leftmost-longest matches as cues of <paramref name="kind"/>, tried at the words marked with <paramref name="bit"/>.</summary>
    void AddCues(List<Word> words, int[] starts, int bit, CueKind kind, List<Cue> cues);
}
