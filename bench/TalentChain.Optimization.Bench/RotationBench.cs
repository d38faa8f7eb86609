namespace TalentChain.Optimization.Bench;

/// <summary>Rotation benchmark (owned by the rotation solver work).</summary>
internal static class RotationBench
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("rotations benchmark not written yet");
        return 1;
    }
}
