namespace TalentChain.Optimization.Bench;

/// <summary>Mentoring benchmark (owned by the mentoring solver work).</summary>
internal static class MentoringBench
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("mentoring benchmark not written yet");
        return 1;
    }
}
