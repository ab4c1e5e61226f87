using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Sitrep.Web;

/// <summary>
/// The page's files, read from the resources embedded in this assembly under "wwwroot/" (see Sitrep.Web.csproj),
/// so that the server needs no files beside it.
/// </summary>
public sealed class EmbeddedWebRoot : IFileProvider
{
    private const string Prefix = "wwwroot/";
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _modified;

    public EmbeddedWebRoot() : this(typeof(EmbeddedWebRoot).Assembly) { }

    public EmbeddedWebRoot(Assembly assembly)
    {
        _assembly = assembly;
        foreach (var name in assembly.GetManifestResourceNames())
            if (name.StartsWith(Prefix, StringComparison.Ordinal)) _resources["/" + name[Prefix.Length..].Replace('\\', '/')] = name;
        _modified = assembly.Location is { Length: > 0 } location && File.Exists(location)
            ? new DateTimeOffset(File.GetLastWriteTimeUtc(location), TimeSpan.Zero)
            : DateTimeOffset.UtcNow;
    }

    /// <summary>The paths served, "/index.html", "/lib/leaflet/leaflet.js", ...</summary>
    public IEnumerable<string> Paths => _resources.Keys;

    public IFileInfo GetFileInfo(string subpath)
    {
        var path = "/" + (subpath ?? "").TrimStart('/');
        return _resources.TryGetValue(path, out var name) ? new EmbeddedFile(_assembly, name, path[(path.LastIndexOf('/') + 1)..], _modified) : new NotFoundFileInfo(subpath ?? "");
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class EmbeddedFile(Assembly assembly, string resource, string name, DateTimeOffset modified) : IFileInfo
    {
        private long? _length;

        public bool Exists => true;
        public bool IsDirectory => false;
        public string Name => name;
        public string? PhysicalPath => null;
        public DateTimeOffset LastModified => modified;

        public long Length
        {
            get
            {
                if (_length is null)
                {
                    using var stream = CreateReadStream();
                    _length = stream.Length;
                }
                return _length.Value;
            }
        }

        public Stream CreateReadStream() =>
            assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException($"embedded resource {resource} is missing");
    }
}
