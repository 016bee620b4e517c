using BenchmarkDotNet.Attributes;
using Qualify.Application;

namespace Qualify.Benchmarks;

/// <summary>A benchmark over <see cref="ScenarioService"/> on an <see cref="ImportedStore"/>: the store is imported once per run.</summary>
public abstract class ScenarioServiceBenchmark
{
    private ImportedStore store = null!;

    /// <summary>The scenario service over the imported store.</summary>
    protected ScenarioService Service { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        store = new ImportedStore();
        Service = store.Scenarios();
    }

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
