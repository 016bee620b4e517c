using BenchmarkDotNet.Running;

namespace Qualify.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, for example <c>--filter '*DixonColes*'</c>.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["loop", var store, var competition, var asOf, var chunks, .. var rest] && rest is [] or ["--lockstep"])
        {
            StageLoopDriver.Run(store, competition, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(chunks, System.Globalization.CultureInfo.InvariantCulture), lockstep: rest is ["--lockstep"]);
            return;
        }

        if (args is ["next", var nextStore, var nextCompetition, var nextAsOf])
        {
            NextMatchdayDriver.Run(nextStore, nextCompetition, DateOnly.Parse(nextAsOf, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
