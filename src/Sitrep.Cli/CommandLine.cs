namespace Sitrep.Cli;

public static class CommandLine
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("sitrep: not yet implemented");
        return 2;
    }
}
