using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// The web server of <c>sitrep serve</c>: the JSON API under /api and the page, over one store. The caller owns the
/// store and disposes it after the server stopped.
/// </summary>
public static class WebServer
{
    public static WebApplication Create(IIncidentStore store, WebServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.HostProblem is { } problem) throw new ArgumentException(problem, nameof(options));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A port already in use is reported by the caller in one line, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls(options.BindUrl);
        builder.Services.AddSingleton(new StoreGate(store));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        // Bound to loopback, answer only requests addressed to loopback names: a web page elsewhere cannot reach the
        // API through a DNS name that resolves to 127.0.0.1 (DNS rebinding).
        builder.Services.Configure<HostFilteringOptions>(o =>
            o.AllowedHosts = options.IsLoopback ? ["localhost", "127.0.0.1", "[::1]"] : ["*"]);

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(SecurityHeaders.Add);
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var webRoot = new EmbeddedWebRoot();
        app.Use((context, next) =>
        {
            if (context.Request.Path == "/") context.Request.Path = "/index.html";
            return next();
        });
        var types = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in new[] { (".html", "text/html"), (".js", "text/javascript"), (".css", "text/css"), (".json", "application/json"), (".txt", "text/plain") })
            types.Mappings[extension] = type + "; charset=utf-8";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webRoot,
            ContentTypeProvider = types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });

        var api = app.MapGroup("/api");
        IncidentsApi.Map(api);
        DocumentsApi.Map(api);
        StatsApi.Map(api);
        ExportApi.Map(api);
        api.MapFallback(() => TypedResults.Problem(detail: "There is no such API address; see /api/incidents, /api/stats, /api/export.", statusCode: StatusCodes.Status404NotFound, title: "Unknown address"));
        return app;
    }
}
