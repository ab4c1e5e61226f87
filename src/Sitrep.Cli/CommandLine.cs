using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>The `sitrep` command line (spec/CLI.md): exit 0 on success, 2 on a usage error, 3 when some input was rejected.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int Rejected = 3;

    public static Option<string?> DbOption() => new("--db") { Description = "SQLite file (default ./sitrep.db or $SITREP_DB) or PostgreSQL connection string" };

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var root = new RootCommand("Sitrep: news articles in, a verified incident database out.");
        root.Subcommands.Add(IngestCommand.Build(output, errors));
        root.Subcommands.Add(ExportCommand.Build(output, errors));
        root.Subcommands.Add(IncidentsCommand.Build(output, errors));
        root.Subcommands.Add(ShowCommand.Build(output, errors));
        root.Subcommands.Add(EvalCommand.Build(output, errors));
        root.Subcommands.Add(ServeCommand.Build(output, errors));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) errors.WriteLine($"sitrep: {e.Message}");
            errors.WriteLine("sitrep: see 'sitrep --help'");
            return Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            errors.WriteLine($"sitrep: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Data.Common.DbException)
        {
            errors.WriteLine($"sitrep: {e.Message}");
            return 1;
        }
    }
}

/// <summary>A mistake in how the command was called: reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
