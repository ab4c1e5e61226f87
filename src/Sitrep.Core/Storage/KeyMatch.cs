namespace Sitrep.Storage;

/// <summary>A stored article that shares <see cref="Shared"/> of the looked-up keys of one kind.</summary>
public sealed record KeyMatch(string ArticleId, int Shared);
