namespace Sitrep.Cleaning;

/// <summary>What a boilerplate rule does to a line it matches.</summary>
public enum BoilerplateAction
{
    /// <summary>Drop the line.</summary>
    DropLine,

    /// <summary>Drop the line and everything after it (a comment section, the next story).</summary>
    DropRest,

    /// <summary>
    /// Drop the line, a heading of links ("Related coverage", "Most read"), and the headlines listed under it: the
    /// lines after it that end without a sentence's stop, up to <c>BoilerplateCleaner.MaxListedHeadlines</c>.
    /// </summary>
    DropList,

    /// <summary>
    /// Drop the line, the heading of readers' comments, and every line after it up to a line of a <see cref="Resume"/>
    /// rule (a correction the page adds under its comments), or to the end.
    /// </summary>
    DropThread,

    /// <summary>After a <see cref="DropThread"/> heading: the page's own words again; the line and those after it stay.</summary>
    Resume,

    /// <summary>Remove the matched part of the line and keep the rest (a photo credit after a caption).</summary>
    Strip,

    /// <summary>
    /// The match marks a teaser's ending ("[…]", "..."): drop the line when the text before the match is the
    /// start of a later paragraph.
    /// </summary>
    Teaser,
}
