using System.CommandLine;
using Spectre.Console;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Cli;

public static class IncidentsCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var country = new Option<string?>("--country") { Description = "ISO 3166 alpha-2 code, e.g. SY" };
        var from = new Option<string?>("--from") { Description = "first day, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "last day, YYYY-MM-DD" };
        var minKilled = new Option<int>("--min-killed") { Description = "only incidents with at least this many killed (best estimate)" };
        var text = new Option<string?>("--search") { Description = "words to find in the summary or place" };
        var limit = new Option<int>("--limit") { Description = "at most this many rows", DefaultValueFactory = _ => 200 };
        var command = new Command("incidents", "A readable table of incidents.") { db, country, from, to, minKilled, text, limit };
        command.SetAction(parse =>
        {
            using var store = IngestCommand.OpenStore(StoreFactory.Resolve(parse.GetValue(db)));
            var fromDay = Day(parse.GetValue(from), "--from");
            var toDay = Day(parse.GetValue(to), "--to");
            var rows = store.Incidents().Where(i =>
                    (parse.GetValue(country) is not { } c || string.Equals(i.Country, c, StringComparison.OrdinalIgnoreCase))
                    && (fromDay is null || (i.Date is not null && string.CompareOrdinal(i.Date, fromDay) >= 0))
                    && (toDay is null || (i.Date is not null && string.CompareOrdinal(i.Date[..Math.Min(10, i.Date.Length)], toDay) <= 0))
                    && (i.Killed.Best ?? 0) >= parse.GetValue(minKilled)
                    && (parse.GetValue(text) is not { } q || i.Summary.Contains(q, StringComparison.OrdinalIgnoreCase) || (i.Location ?? "").Contains(q, StringComparison.OrdinalIgnoreCase)))
                .Take(parse.GetValue(limit)).ToList();
            Render(rows, output);
            return CommandLine.Ok;
        });
        return command;
    }

    private static string? Day(string? value, string option)
    {
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", out _)) throw new UsageException($"{option} must be a day as YYYY-MM-DD, not '{value}'");
        return value;
    }

    public static void Render(IReadOnlyList<Incident> rows, TextWriter output)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "id", "date", "place", "type", "killed", "injured", "perpetrator", "sources" }) table.AddColumn(h);
        foreach (var i in rows)
        {
            table.AddRow(
                Markup.Escape(i.Id), Markup.Escape(i.Date ?? "?"),
                Markup.Escape($"{i.Location}, {i.Country}"), Markup.Escape(i.EventType),
                Markup.Escape(Figure(i.Killed)), Markup.Escape(Figure(i.Injured)),
                Markup.Escape(i.Perpetrator is null ? "" : $"{i.Perpetrator} ({i.Responsibility})"),
                i.Documents.Count.ToString());
        }
        console.Write(table);
        console.WriteLine($"{rows.Count} incidents");
    }

    public static string Figure(CasualtyEstimate e) =>
        e.Best is null ? (e.Reports.Count > 0 ? "?" : "") : e.Low != e.High ? $"{e.Best} ({e.Low}-{e.High})" : $"{e.Best}";
}
