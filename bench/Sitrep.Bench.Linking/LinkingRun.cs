namespace Sitrep.Bench.Linking;

/// <summary>One benchmark run: how many articles over how many days, the incidents formed and their B-cubed F1 against
/// the synthetic events, and the time spent storing and linking.</summary>
/// <param name="F1">B-cubed F1 of the incidents against the synthetic events: whether linking was right, not only fast.</param>
/// <param name="Cpu">Processor time of the whole process while storing and linking: unlike <see cref="Total"/>,
/// hardly changed by other programs running on the machine.</param>
/// <param name="Wall">Elapsed time of the whole loop: storing, linking, committing (and making the synthetic texts).</param>
public sealed record LinkingRun(int Articles, int Days, int Incidents, double F1, TimeSpan Store, TimeSpan Link, TimeSpan Wall, TimeSpan Cpu)
{
    public TimeSpan Total => Wall;

    /// <summary>Committing the transactions and making the texts.</summary>
    public TimeSpan Other => Wall - Store - Link;
    public double MicrosecondsPerArticle => Total.TotalMicroseconds / Articles;
}
