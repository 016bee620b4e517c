using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>Store location precedence: explicit path, then QUALIFY_DB, then the user's data folder.</summary>
public sealed class HistoryStoreLocationTests : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Resolve_ExplicitPath_WinsOverEnvironment()
    {
        var explicitPath = _folder.File("explicit.db");

        var location = HistoryStoreLocation.Resolve(explicitPath, Environment(_folder.File("env.db")));

        Assert.Equal(new StoreLocation(explicitPath, StoreLocationSource.Explicit), location);
    }

    [Fact]
    public void Resolve_NoExplicitPath_UsesEnvironmentVariable()
    {
        var fromEnvironment = _folder.File("env.db");

        var location = HistoryStoreLocation.Resolve(null, Environment(fromEnvironment));

        Assert.Equal(new StoreLocation(fromEnvironment, StoreLocationSource.Environment), location);
    }

    [Fact]
    public void Resolve_BlankExplicitPath_FallsBackToEnvironment()
    {
        var fromEnvironment = _folder.File("env.db");

        var location = HistoryStoreLocation.Resolve("  ", Environment(fromEnvironment));

        Assert.Equal(StoreLocationSource.Environment, location.Source);
    }

    [Fact]
    public void Resolve_NothingGiven_DefaultsUnderUserDataFolder()
    {
        var location = HistoryStoreLocation.Resolve(null, Environment(null), userDataFolder: _folder.Path);

        Assert.Equal(new StoreLocation(Path.Combine(_folder.Path, "qualify", "history.db"), StoreLocationSource.Default), location);
    }

    [Fact]
    public void Resolve_FolderMissing_CreatesIt()
    {
        var path = Path.Combine(_folder.Path, "a", "b", "history.db");

        HistoryStoreLocation.Resolve(path, Environment(null));

        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "a", "b")));
    }

    [Fact]
    public void Resolve_RelativePath_MadeAbsolute()
    {
        var location = HistoryStoreLocation.Resolve(Path.Combine(Path.GetRelativePath(System.Environment.CurrentDirectory, _folder.Path), "x.db"), Environment(null));

        Assert.Equal(_folder.File("x.db"), location.Path);
    }

    private static Func<string, string?> Environment(string? qualifyDb) =>
        name => name == HistoryStoreLocation.EnvironmentVariable ? qualifyDb : null;
}
