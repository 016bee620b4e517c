using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// The real dataset (<see cref="TestPaths.DatasetFolder"/>), imported once into a temporary store and shared by every
/// test class of the <see cref="RealDatasetCollection"/> (once per run of this test assembly). Tests only read it.
/// </summary>
public sealed class RealDatasetFixture : IDisposable
{
    private readonly TestStore _store = new();

    public RealDatasetFixture() => Report = _store.Importer.Import(TestPaths.DatasetFolder);

    internal ImportReport Report { get; }

    internal HistoryStore Store => _store.Store;

    internal HistoryQueries Queries => new(_store.Factory);

    public void Dispose() => _store.Dispose();
}

/// <summary>The test classes that share one <see cref="RealDatasetFixture"/>: xunit imports the dataset once for them all.</summary>
[CollectionDefinition(Name)]
public sealed class RealDatasetCollection : ICollectionFixture<RealDatasetFixture>
{
    /// <summary>The collection's name, for <c>[Collection(RealDatasetCollection.Name)]</c>.</summary>
    public const string Name = "real dataset";
}
