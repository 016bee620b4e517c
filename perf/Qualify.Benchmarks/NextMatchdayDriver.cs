using System.Diagnostics;
using Qualify.Application;
using Qualify.Scenarios;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// <c>scenarios --next</c> group by group, outside BenchmarkDotNet, to find the long pole of a competition:
/// <c>next STORE COMPETITION AS-OF</c> analyses the next matchday of every group with fixtures left, one group at a time
/// its own (the teams of a group in parallel, as in the command), and prints each group's wall-clock time, then the total
/// and the process's CPU time.
/// </summary>
public static class NextMatchdayDriver
{
    /// <summary>Runs every group and prints the times.</summary>
    public static void Run(string store, string competition, DateOnly asOf)
    {
        var history = new StoreHistorySource(store, _ => null);
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var definition = catalog.Find(competition);
        var matches = new TableService(catalog, history).MatchesOf(definition);
        var problems = ScenarioProblem.FromCompetition(definition, matches, asOf).Where(p => !p.Remaining.IsEmpty).ToList();
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var problem in problems)
        {
            var clock = Stopwatch.StartNew();
            var result = NextMatchdayAnalyzer.Analyse(problem);
            var lines = result.Teams.Sum(t => t.Conditions.Length + t.MarginDependent.Length);
            Console.WriteLine($"{problem.Group,-12} {clock.Elapsed.TotalMilliseconds,8:F0} ms  {lines} lines");
        }

        Console.WriteLine($"total {total.Elapsed.TotalMilliseconds:F0} ms (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms)");
    }
}
