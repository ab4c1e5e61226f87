using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Sitrep.Storage;
using Sitrep.Tests.Integration;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>
/// A real server on a free loopback port over a database of the seed articles and two written for these tests
/// (an id that needs percent-encoding, characters beyond the basic plane). <see cref="Export"/> is what
/// <c>sitrep export</c> writes for the same database: the oracle the API is compared with.
/// </summary>
public sealed class SeedServer : IAsyncLifetime
{
    /// <summary>Written for these tests: an id with a slash, a space, '#', '%', '&lt;' and '&amp;'.</summary>
    public const string OddId = "wire/2016 #7 <b>&%2F";
    public const string AstralId = "astral-1";

    private readonly Workspace _workspace = new();
    private WebApplication? _app;
    private IIncidentStore? _store;

    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public string Db => _workspace.Db;
    public string ExportJsonl { get; private set; } = "";
    public List<JsonElement> Incidents { get; private set; } = [];
    public List<JsonElement> Groups { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var extra = _workspace.Write("extra.jsonl", string.Join("\n",
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = OddId, ["published"] = "2016-06-02", ["title"] = "Gunmen attack a checkpoint near Kirkuk",
                ["text"] = "Gunmen attacked a police checkpoint near Kirkuk, Iraq, on Wednesday, killing 6 policemen, officials said.\n" +
                           "The attackers fled before reinforcements arrived.",
            }),
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = AstralId, ["published"] = "2016-06-10", ["title"] = "\U0001F4F0 Car bomb in Aleppo",
                ["text"] = "\U0001F4F0\U0001F4F0 Breaking news \U0001D400\U0001D401\U0001D402\n\n" +
                           "A car bomb exploded near a vegetable market in Aleppo, Syria, on 9 June 2016, killing 12 people and wounding 30 others, police said. " +
                           "\U0001F494 Witnesses said the blast destroyed several shops.",
            })) + "\n");
        var ingest = _workspace.Ingest(Seeds.Jsonl, extra);
        Assert.True(ingest.Exit == 0, ingest.ToString());
        ExportJsonl = _workspace.Export();
        Incidents = ExportRecords.Incidents(ExportJsonl);
        Groups = ExportRecords.Groups(ExportJsonl);
        _store = StoreFactory.Open(_workspace.Db);
        _app = WebServer.Create(_store, new WebServerOptions("127.0.0.1", 0));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public JsonElement Incident(string id) => Incidents.Single(i => i.GetProperty("id").GetString() == id);

    /// <summary>The seed incident in Qamishli (two articles, sources that disagree).</summary>
    public JsonElement Qamishli => Incidents.Single(i => i.GetProperty("location").GetString()!.Contains("mishl", StringComparison.Ordinal));

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _store?.Dispose();
        _workspace.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SeedServer>
{
    public const string Name = "web server over the seeds";
}
