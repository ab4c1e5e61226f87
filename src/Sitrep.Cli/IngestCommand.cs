using System.CommandLine;
using Spectre.Console;
using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Sources;
using Sitrep.Storage;

namespace Sitrep.Cli;

public static class IngestCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var threads = new Option<int>("--threads") { Description = "analysis threads (default: one per core)" };
        var paths = new Argument<string[]>("PATH") { Description = "files, folders (recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read articles and update the incident database.") { db, threads, paths };
        command.SetAction(parse => Run(parse.GetValue(db), parse.GetValue(paths)!, parse.GetValue(threads), output, errors));
        return command;
    }

    private static int Run(string? dbOption, string[] paths, int threads, TextWriter output, TextWriter errors)
    {
        foreach (var p in paths)
            if (p != "-" && !File.Exists(p) && !Directory.Exists(p)) throw new UsageException($"no such file or folder: {p}");
        var db = StoreFactory.Resolve(dbOption);
        using var store = OpenStore(db);
        var rejected = 0;
        void OnError(ArticleError e)
        {
            rejected++;
            lock (errors) errors.WriteLine($"sitrep: {e}");
        }
        var service = IngestService.Create(store, threads);
        var reader = new ArticleReader(OnError);
        IngestSummary summary;
        if (Interactive(errors))
        {
            var total = CountArticles(paths);
            summary = AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, total));
                return service.Ingest(reader.Read(paths), OnError, p => task.Value = p.Read);
            });
        }
        else
        {
            summary = service.Ingest(reader.Read(paths), OnError, p => errors.WriteLine($"progress: {p.Read} read, {p.Added} added"));
        }
        output.WriteLine($"ingested: {summary.Read} read, {summary.Added} added, {summary.Unchanged} unchanged, {rejected} rejected; " +
                         $"{summary.Reports} reports; {summary.IncidentsTotal} incidents in {StoreFactory.Display(db)}");
        return rejected > 0 ? CommandLine.Rejected : CommandLine.Ok;
    }

    internal static IIncidentStore OpenStore(string db)
    {
        try { return StoreFactory.Open(db); }
        catch (NotSupportedException e) { throw new UsageException(e.Message); }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{StoreFactory.Display(db)}: cannot open the incident database: {e.Message}", e);
        }
    }

    private static bool Interactive(TextWriter errors) =>
        ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>A quick count for the progress bar: lines of JSONL files, one per other file.</summary>
    private static int CountArticles(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var p in paths)
        {
            if (p == "-") continue;
            var files = Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p];
            foreach (var f in files)
                count += f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? File.ReadLines(f).Count(l => l.Length > 0) : 1;
        }
        return count;
    }
}
