using Qualify.Testing;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// The real dataset with one text replaced in every file, imported once through the CLI into a fresh store (a class
/// fixture).
/// </summary>
public abstract class EditedDatasetStore : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    protected EditedDatasetStore(string text, string replacement)
    {
        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.DatasetFolder, "*.csv"))
        {
            var content = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(data, Path.GetFileName(file)), content.Replace(text, replacement, StringComparison.Ordinal));
        }

        Environment = new Dictionary<string, string> { ["QUALIFY_DB"] = _folder.File("history.db") };
        ImportResult = CliRunner.Run(Environment, "import", data);
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    internal CliResult ImportResult { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
