// Optimization benchmarks: `mentoring [options]` and `rotations [options]`; see eng/bench-optimization.sh.
using TalentChain.Optimization.Bench;

return args.Length > 0 && args[0] == "mentoring" ? MentoringBench.Run(args[1..])
    : args.Length > 0 && args[0] == "rotations" ? RotationBench.Run(args[1..])
    : args.Length > 0 && args[0] == "placement" ? PlacementBench.Run(args[1..])
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: TalentChain.Optimization.Bench mentoring|rotations [options]");
    return 2;
}
