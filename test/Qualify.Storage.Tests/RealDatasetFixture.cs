using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>The real dataset (<see cref="TestPaths.DatasetFolder"/>), imported once into a temporary store for a test class.</summary>
public sealed class RealDatasetFixture : IDisposable
{
    private readonly TestStore _store = new();

    public RealDatasetFixture() => Report = _store.Importer.Import(TestPaths.DatasetFolder);

    internal ImportReport Report { get; }

    internal HistoryStore Store => _store.Store;

    internal HistoryQueries Queries => new(_store.Factory);

    public void Dispose() => _store.Dispose();
}
