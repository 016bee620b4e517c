using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Compares text with a snapshot file under <c>test/Qualify.Cli.Tests/Snapshots</c>. With
/// <c>QUALIFY_UPDATE_SNAPSHOTS=1</c> the file is rewritten (then review the diff and commit it); a missing file fails.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "test", "Qualify.Cli.Tests", "Snapshots", name);
        if (Environment.GetEnvironmentVariable("QUALIFY_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"snapshot {name} is missing: run the tests with QUALIFY_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
