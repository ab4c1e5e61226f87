using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>A console for tables: colours and styles only on an interactive terminal, never when piped or with NO_COLOR set.</summary>
public static class Terminal
{
    public static IAnsiConsole For(TextWriter output)
    {
        var plain = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected
                    || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb";
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (plain) console.Profile.Width = 160; // no terminal to measure: wide enough for a table row
        return console;
    }
}
