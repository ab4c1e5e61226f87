using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli;

/// <summary>`sitrep serve`: the page and the HTTP API over the database, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Build(TextWriter output, TextWriter errors)
    {
        var db = CommandLine.DbOption();
        var host = new Option<string>("--host") { Description = "address to listen on (127.0.0.1: this machine only)", DefaultValueFactory = _ => WebServerOptions.DefaultHost };
        var port = new Option<int>("--port") { Description = "port to listen on (0: any free port)", DefaultValueFactory = _ => WebServerOptions.DefaultPort };
        var command = new Command("serve", "The page (a map, a timeline, the incidents and their sources) and the HTTP API, on http://127.0.0.1:5000.") { db, host, port };
        command.SetAction(parse =>
        {
            var options = new WebServerOptions(parse.GetValue(host)!, parse.GetValue(port));
            if (options.Port is < 0 or > 65535) throw new UsageException($"--port must be from 0 to 65535, not {options.Port}");
            if (options.HostProblem is { } problem) throw new UsageException(problem);
            var path = StoreFactory.Resolve(parse.GetValue(db));
            using var store = IngestCommand.OpenStore(path);
            var incidents = store.IncidentCount();
            var app = WebServer.Create(store, options);
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                throw new IOException($"cannot listen on {options.BindUrl}: {e.Message}", e);
            }
            var url = app.Urls.FirstOrDefault() ?? options.BindUrl;
            output.WriteLine($"serving {incidents} incidents from {StoreFactory.Display(path)} at {url} (Ctrl+C to stop)");
            if (!options.IsLoopback) errors.WriteLine($"sitrep: warning: listening on {options.Host}; anyone who can reach this machine can read the database");
            output.Flush();
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return CommandLine.Ok;
        });
        return command;
    }
}
