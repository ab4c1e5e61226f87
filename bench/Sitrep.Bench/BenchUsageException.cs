namespace Sitrep.Bench;

/// <summary>A command line the benchmark program cannot follow; printed without a stack trace.</summary>
public sealed class BenchUsageException(string message) : Exception(message);
