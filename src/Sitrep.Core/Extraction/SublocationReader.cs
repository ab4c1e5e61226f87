using System.Text.RegularExpressions;
using Sitrep.Annotation;

namespace Sitrep.Extraction;

/// <summary>Finds the place within the place, as written: "al-Zahraa neighbourhood", "Arzuna bridge", "Al-Sabura road".</summary>
public static partial class SublocationReader
{
    [GeneratedRegex(@"\b((?:(?:al|el|as|ad|ar|az|Al|El|As|Ad|Ar|Az)[-\s])?[A-Z][\p{L}'’]+(?:[-\s][A-Z][\p{L}'’]+){0,2})\s(neighbou?rhood|district|bridge|road|street|square|quarter|camp|market|highway|checkpoint|mosque|hospital|station)\b")]
    private static partial Regex Pattern();

    public static string? Find(AnnotatedDocument doc, IEnumerable<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            var m = Pattern().Match(doc.Text, s.Start, s.End - s.Start);
            if (m.Success && !IsStopWord(m.Groups[1].Value)) return m.Value;
        }
        return null;
    }

    private static bool IsStopWord(string name) => name is "The" or "A" or "An" or "This" or "That" or "Main" or "Another" or "Bus" or "Police" or "Army";
}
