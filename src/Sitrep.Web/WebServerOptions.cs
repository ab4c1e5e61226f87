namespace Sitrep.Web;

/// <summary>Where the server listens. The default, 127.0.0.1:5000, is reachable from this machine only; port 0 takes any free port.</summary>
public sealed record WebServerOptions(string Host = WebServerOptions.DefaultHost, int Port = WebServerOptions.DefaultPort)
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5000;

    /// <summary>
    /// Why the host cannot be listened on, or null when it can: an IP address or "localhost". (Kestrel would take any
    /// other name as "every address", so a mistyped name would expose the database to the network.)
    /// </summary>
    public string? HostProblem =>
        Host == "localhost" || System.Net.IPAddress.TryParse(Host.Trim('[', ']'), out _) ? null
        : $"--host must be an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface) or localhost, not '{Host}'";

    /// <summary>Whether the host is a loopback name or address, so only this machine can connect.</summary>
    public bool IsLoopback =>
        Host is "localhost" or "::1" or "[::1]" || (System.Net.IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>The URL Kestrel binds: IPv6 addresses in brackets.</summary>
    public string BindUrl => $"http://{(Host == "localhost" && Port == 0 ? "127.0.0.1" : Host.Contains(':') && !Host.StartsWith('[') ? $"[{Host}]" : Host)}:{Port}";
}
