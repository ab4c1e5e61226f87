using System.Text.RegularExpressions;
using Sitrep.Annotation;

namespace Sitrep.Extraction;

/// <summary>Finds the place within the place, as written: "al-Zahraa neighbourhood", "Arzuna bridge", "Al-Sabura road".</summary>
public static partial class SublocationReader
{
    [GeneratedRegex(@"\b((?:(?:al|el|as|ad|ar|az|Al|El|As|Ad|Ar|Az)[-\s])?[A-Z][\p{L}'’]+(?:[-\s][A-Z][\p{L}'’]+){0,2})\s(neighbou?rhood|district|bridge|road|street|square|quarter|camp|market|highway|checkpoint|mosque|hospital|station)\b")]
    private static partial Regex Pattern();

    /// <summary>
    /// The first place within the place the sentences write; <paramref name="elsewhere"/> (given the match's start and
    /// end) leaves out one that is not the scene, as a hospital the wounded were taken to ("died at the X hospital").
    /// </summary>
    public static string? Find(AnnotatedDocument doc, IEnumerable<Sentence> sentences, Func<int, int, bool>? elsewhere = null)
    {
        foreach (var s in sentences)
            for (var m = Pattern().Match(doc.Text, s.Start, s.End - s.Start); m.Success; m = m.NextMatch())
            {
                if (elsewhere is not null && elsewhere(m.Index, m.Index + m.Length)) continue;
                if (!IsStopWord(m.Groups[1].Value)) return m.Value;
                break;
            }
        return null;
    }

    private static bool IsStopWord(string name) => name is "The" or "A" or "An" or "This" or "That" or "Main" or "Another" or "Bus" or "Police" or "Army";
}
