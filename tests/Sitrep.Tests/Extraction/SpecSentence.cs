using Sitrep.Annotation;
using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A spec file's sentence annotated as the pipeline sees it: a headline is an article's title and first line; an
/// ordinary sentence follows a neutral one, so that it is not read as a headline or a dateline.
/// </summary>
public static class SpecSentence
{
    private const string Neutral = "Reporters were at the scene.";

    public static (AnnotatedDocument Doc, Sentence Sentence) Annotate(string id, string sentence, bool headline = false)
    {
        var text = headline ? sentence + "\n\nThe report was updated." : Neutral + "\n\n" + sentence;
        var article = new Article(id, text, headline ? sentence : Neutral);
        var doc = Annotator.Default.Annotate(BoilerplateCleaner.Clean(article));
        return (doc, doc.Sentences[headline ? 0 : 1]);
    }
}
