using BenchmarkDotNet.Attributes;
using Qualify.Application;
using Qualify.Domain.History;
using Qualify.Storage;

namespace Qualify.Benchmarks;

/// <summary>
/// The history commands' service calls over the full dataset imported into a temporary SQLite store (49,519 matches,
/// 47,914 goals): each operation opens the store as a command does (a new <see cref="StoreHistorySource"/> and
/// <see cref="HistoryService"/>: store check, team directory, name resolution), reads and builds the report, without
/// rendering. This is the in-process time of a warm process; a command's cold start adds the runtime's and the JIT's.
/// Target: every command under 200 ms. Reads the dataset from <c>../shared/data/international-results</c> beside the
/// repository, or <c>$QUALIFY_TEST_DATA</c>.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private static readonly DateOnly Before = new(2021, 11, 17);
    private ImportedStore store = null!;

    [GlobalSetup]
    public void Setup() => store = new ImportedStore();

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();

    /// <summary><c>qualify h2h Canada Mexico --before 2021-11-17</c>.</summary>
    [Benchmark]
    public HeadToHeadReport HeadToHeadCanadaMexico() =>
        Service().HeadToHead(new HeadToHeadRequest("Canada", "Mexico", Before, Since: null, Tournament: null));

    /// <summary><c>qualify team Canada --before 2021-11-17</c>.</summary>
    [Benchmark]
    public TeamReport TeamCanada() => Service().Team(new TeamRequest("Canada", Before));

    /// <summary><c>qualify records --team Canada</c>.</summary>
    [Benchmark]
    public RecordsReport RecordsCanada() => Service().Records(new RecordsRequest("Canada", Before: null));

    /// <summary><c>qualify records</c>: every match and goal of the store.</summary>
    [Benchmark]
    public RecordsReport RecordsAll() => Service().Records(new RecordsRequest(Team: null, Before: null));

    private HistoryService Service() => new(new StoreHistorySource(store.Database, _ => null), TimeProvider.System);
}
