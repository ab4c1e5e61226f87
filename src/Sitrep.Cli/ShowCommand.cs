using System.CommandLine;
using Spectre.Console;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Cli;

public static class ShowCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var id = new Argument<string>("ID") { Description = "an incident id, as listed by `sitrep incidents`" };
        var command = new Command("show", "One incident with every source's figures and the sentences they come from.") { db, id };
        command.SetAction(parse =>
        {
            using var store = IngestCommand.OpenStore(StoreFactory.Resolve(parse.GetValue(db)));
            var incident = store.Incident(parse.GetValue(id)!);
            if (incident is null)
            {
                errors.WriteLine($"sitrep: no incident '{parse.GetValue(id)}'");
                return 1;
            }
            Render(incident, output);
            return CommandLine.Ok;
        });
        return command;
    }

    public static void Render(Incident i, TextWriter output)
    {
        var console = Terminal.For(output);
        console.Write(new Rule(Markup.Escape(i.Summary)).LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        void Row(string k, string? v) => facts.AddRow(new Markup($"[bold]{k}[/]"), new Text(v ?? "unknown"));
        Row("id", i.Id);
        Row("date", $"{i.Date} ({i.DatePrecision})");
        Row("place", $"{i.Sublocation}{(i.Sublocation is null ? "" : ", ")}{i.Location}, {i.Admin1}, {i.Country} ({i.Latitude:0.####}, {i.Longitude:0.####}; {i.GeoPrecision})");
        Row("type", $"{i.EventType}{(i.Suicide == true ? ", suicide" : "")}");
        Row("weapons", string.Join(", ", i.Weapons));
        Row("targets", string.Join(", ", i.Targets));
        Row("perpetrator", i.Perpetrator is null ? null : $"{i.Perpetrator} ({i.Responsibility})");
        Row("killed", $"{IncidentsCommand.Figure(i.Killed)}{(i.Killed.Disputed ? "  sources disagree" : "")}");
        Row("injured", $"{IncidentsCommand.Figure(i.Injured)}{(i.Injured.Disputed ? "  sources disagree" : "")}");
        Row("group", i.Group);
        Row("documents", string.Join(", ", i.Documents));
        console.Write(facts);

        var figures = new Table().Border(TableBorder.Simple).Title("every source's figures");
        foreach (var h in new[] { "", "figure", "source", "document", "quote" }) figures.AddColumn(h);
        foreach (var (what, e) in new[] { ("killed", i.Killed), ("injured", i.Injured) })
            foreach (var r in e.Reports)
                figures.AddRow(what, Markup.Escape($"{r.Value?.ToString() ?? "?"} {r.Qualifier}{(r.Withdrawn ? " (withdrawn)" : "")}"), Markup.Escape(r.Source ?? "-"),
                    Markup.Escape($"{r.Evidence.Document} [{r.Evidence.Start}..{r.Evidence.End})"), Markup.Escape(r.Evidence.Quote));
        console.Write(figures);

        var evidence = new Table().Border(TableBorder.Simple).Title("evidence");
        foreach (var h in new[] { "field", "document", "span", "quote" }) evidence.AddColumn(h);
        foreach (var e in i.Evidence.Where(e => e.Field is not ("killed" or "injured")))
            evidence.AddRow(Markup.Escape(e.Field), Markup.Escape(e.Document), $"{e.Start}..{e.End}", Markup.Escape(e.Quote.Length > 160 ? e.Quote[..157] + "..." : e.Quote));
        console.Write(evidence);
    }
}
