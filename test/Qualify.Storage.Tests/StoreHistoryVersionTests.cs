namespace Qualify.Storage.Tests;

/// <summary><see cref="StoreHistorySource.Version"/>: what derived values (rating runs, fitted models) are cached under.</summary>
public sealed class StoreHistoryVersionTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Version_MissingStore_IsEmpty()
    {
        var source = new StoreHistorySource(_store.DatabasePath, _ => null);

        Assert.Equal(string.Empty, source.Version);
    }

    [Fact]
    public void Version_ReadTwiceWithoutImport_IsTheSame()
    {
        _store.Import(SampleDataset.Default);
        var source = new StoreHistorySource(_store.DatabasePath, _ => null);

        Assert.Equal(source.Version, new StoreHistorySource(_store.DatabasePath, _ => null).Version);
    }

    [Fact]
    public void Version_AfterAnotherImport_Changes()
    {
        // Every import logs a run in its transaction (ImportRunEntity): the version names the latest.
        _store.Import(SampleDataset.Default);
        var source = new StoreHistorySource(_store.DatabasePath, _ => null);
        var before = source.Version;

        _store.Import(SampleDataset.Default, "again");

        Assert.NotEqual(before, source.Version);
    }
}
