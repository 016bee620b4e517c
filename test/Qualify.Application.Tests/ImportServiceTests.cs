using Qualify.Domain.History;

namespace Qualify.Application.Tests;

/// <summary><see cref="ImportService"/>: the import command's request reaches the <see cref="IDatasetImporter"/> port as given.</summary>
public sealed class ImportServiceTests
{
    [Theory]
    [InlineData(ImportMode.Update, null)]
    [InlineData(ImportMode.Replace, "/tmp/other.db")]
    public void Import_Request_PassesFolderModeAndStoreToThePort(ImportMode mode, string? store)
    {
        var port = new RecordingImporter();

        new ImportService(port).Import(new ImportRequest("/data/international_results", mode, store));

        Assert.Equal(("/data/international_results", mode, store), port.Called);
    }

    [Fact]
    public void Import_PortsOutcome_ReturnedAsItIs()
    {
        var port = new RecordingImporter();

        var outcome = new ImportService(port).Import(new ImportRequest("data", ImportMode.Update, "x.db"));

        Assert.Same(RecordingImporter.Outcome, outcome);
    }

    [Fact]
    public void Import_ProgressAndCancellation_ReachThePort()
    {
        var port = new RecordingImporter();
        var progress = new Progress<string>();
        using var cancellation = new CancellationTokenSource();

        new ImportService(port).Import(new ImportRequest("data", ImportMode.Update, null), progress, cancellation.Token);

        Assert.Same(progress, port.Progress);
        Assert.Equal(cancellation.Token, port.Token);
    }

    [Fact]
    public void Import_PortRefusesALine_ExceptionReachesTheCaller()
    {
        // The port's one-line error (file:line: reason) is what the command prints: the service does not wrap it.
        var port = new RecordingImporter { Failure = new ImportFormatException("results.csv", 128, "expected 9 columns, found 6") };

        var error = Assert.Throws<ImportFormatException>(() => new ImportService(port).Import(new ImportRequest("data", ImportMode.Update, null)));

        Assert.Equal("results.csv:128: expected 9 columns, found 6", error.Message);
    }

    /// <summary>A port that records its call and returns a fixed outcome.</summary>
    private sealed class RecordingImporter : IDatasetImporter
    {
        public static ImportOutcome Outcome { get; } = new(
            new ImportReport
            {
                SourceFolder = "/data",
                ResultRowsRead = 1,
                GoalRowsRead = 0,
                ShootoutRowsRead = 0,
                FormerNameRowsRead = 0,
                TeamsStored = 2,
                MatchesStored = 1,
                GoalsStored = 0,
                ShootoutsStored = 0,
                FormerNamesStored = 0,
                Duplicates = [],
                Orphans = [],
                Elapsed = TimeSpan.Zero,
            },
            new StoreLocation("/tmp/x.db", StoreLocationSource.Explicit));

        public (string Folder, ImportMode Mode, string? Store)? Called { get; private set; }

        public IProgress<string>? Progress { get; private set; }

        public CancellationToken Token { get; private set; }

        public Exception? Failure { get; init; }

        public ImportOutcome Import(string folder, ImportMode mode, string? store, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            (Called, Progress, Token) = ((folder, mode, store), progress, cancellationToken);
            return Failure is null ? Outcome : throw Failure;
        }
    }
}
