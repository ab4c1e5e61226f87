using System.CommandLine;
using System.Text;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Cli;

public static class ExportCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var format = new Option<string>("--format") { Description = "jsonl (the incident contract), csv or geojson", DefaultValueFactory = _ => "jsonl" };
        var outFile = new Option<string?>("--out") { Description = "write to this file instead of standard output" };
        var command = new Command("export", "Write the incidents for scripts.") { db, format, outFile };
        command.SetAction(parse =>
        {
            IIncidentExporter exporter;
            try { exporter = Exporters.For(parse.GetValue(format)!); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            using var store = IngestCommand.OpenStore(StoreFactory.Resolve(parse.GetValue(db)));
            var path = parse.GetValue(outFile);
            using var writer = path is null ? null : new StreamWriter(path, false, new UTF8Encoding(false));
            Write(store, exporter, writer ?? output);
            return CommandLine.Ok;
        });
        return command;
    }

    public static void Write(IIncidentStore store, IIncidentExporter exporter, TextWriter output)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        exporter.Write(output, TellingOrder.Of(store.Incidents()), store.Groups(), id =>
        {
            if (!texts.TryGetValue(id, out var text)) texts[id] = text = store.Article(id)?.Text;
            return text;
        });
        output.Flush();
    }
}
