using Qualify.Domain;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary>Finding competition definitions: the repository's <c>competitions/</c> folder plus extra folders.</summary>
public sealed class CompetitionCatalogTests : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FromFolders_BuiltInFolder_ListsEveryDefinitionById()
    {
        // competitions/ holds one file per definition, named by its id: the Octagon (inline and from the store) and the library.
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);

        Assert.Equal(TestPaths.BuiltInIds, catalog.All.Select(d => d.Id));
        Assert.Contains("world-cup-2026", catalog.All.Select(d => d.Id));
        Assert.Empty(catalog.Invalid);
    }

    [Fact]
    public void Find_DifferentCase_FindsTheDefinition()
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);

        Assert.Equal("concacaf-2022", catalog.Find("CONCACAF-2022").Id);
    }

    [Fact]
    public void Find_MisspeltId_ThrowsSuggestingTheClosestId()
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);

        var error = Assert.Throws<UnknownNameException>(() => catalog.Find("concacaf-2020"));

        Assert.Equal(("competition", "concacaf-2020"), (error.Kind, error.Name));
        Assert.Contains("concacaf-2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFolders_SecondFileWithATakenId_KeptAsideAsInvalid()
    {
        // A copy of the built-in definition in an extra folder: the built-in file, read first, keeps the id.
        var copy = _folder.File("copy.json");
        File.Copy(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"), copy);

        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder, _folder.Path]);

        var invalid = Assert.Single(catalog.Invalid);
        Assert.Equal(("concacaf-2022", copy, "id"), (invalid.Id, invalid.File, invalid.Location));
        Assert.Equal(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"), catalog.FileOf("concacaf-2022"));
    }

    [Fact]
    public void Load_ExtraFolderMissing_ThrowsNamingTheFolderAndTheVariable()
    {
        var missing = _folder.File("absent");

        var error = Assert.Throws<UserInputException>(() =>
            CompetitionCatalog.Load(name => name == CompetitionCatalog.FoldersEnvironmentVariable ? missing : null));

        Assert.Equal($"competition folder '{missing}' (named in QUALIFY_COMPETITIONS) does not exist: create it or correct the variable", error.Message);
    }
}
