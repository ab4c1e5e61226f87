using System.CommandLine;
using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Cli;

public static class EvalCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of lines" };
        var gold = new Argument<string>("GOLD") { Description = "a gold file (spec/GOLD.md)" };
        var command = new Command("eval", "Score the database against a hand-coded gold file, figure by figure.") { db, json, gold };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"no such gold file: {goldPath}");
            JsonElement goldJson;
            try { goldJson = JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement; }
            catch (JsonException e) { throw new UsageException($"{goldPath}: not JSON: {e.Message}"); }
            using var store = IngestCommand.OpenStore(StoreFactory.Resolve(parse.GetValue(db)));
            var buffer = new StringWriter();
            ExportCommand.Write(store, Exporters.For("jsonl"), buffer);
            var records = buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var report = GoldScorer.Score(goldJson, records);
            output.WriteLine(parse.GetValue(json) ? report.ToJson() : report.Format().TrimEnd('\n'));
            return CommandLine.Ok;
        });
        return command;
    }
}
