namespace Sitrep.Sources;

/// <summary>What a web page says about itself: its readable text and the metadata found in meta tags and JSON-LD.</summary>
public sealed record HtmlPage(string Text, string? Title, string? Url, string? Outlet, DateOnly? Published);
