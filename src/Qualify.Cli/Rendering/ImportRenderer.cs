using System.Globalization;
using Qualify.Domain.History;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>
/// The output of <c>qualify import</c>: where the dataset went and how long it took, rows read and stored per file,
/// the teams; then the warnings on standard error, the first <see cref="WarningLimit"/> of them and a count of the rest.
/// </summary>
internal static class ImportRenderer
{
    /// <summary>How many warnings are printed before the rest are counted.</summary>
    public const int WarningLimit = 20;

    /// <param name="console">Where to write.</param>
    /// <param name="folder">The dataset folder, full path.</param>
    /// <param name="report">What was read, stored and skipped.</param>
    /// <param name="location">The store written and where its path came from.</param>
    public static void Render(IAnsiConsole console, string folder, ImportReport report, StoreLocation location)
    {
        console.MarkupLine($"Imported [bold]{Markup.Escape(folder)}[/] into {Markup.Escape(location.Path)} ({Describe(location.Source)}) in {report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn("File");
        grid.AddColumn(new TableColumn("Rows read").RightAligned());
        grid.AddColumn(new TableColumn("Stored").RightAligned());
        grid.AddRow(
            DatasetFileNames.Results,
            N(report.ResultRowsRead),
            N(report.MatchesStored) + " matches" + (report.FixturesStored > 0 ? ", " + N(report.FixturesStored) + " scheduled" : string.Empty));
        grid.AddRow(DatasetFileNames.Goals, N(report.GoalRowsRead), N(report.GoalsStored) + " goals");
        grid.AddRow(DatasetFileNames.Shootouts, N(report.ShootoutRowsRead), N(report.ShootoutsStored) + " shootouts");
        grid.AddRow(DatasetFileNames.FormerNames, N(report.FormerNameRowsRead), N(report.FormerNamesStored) + " former names");
        console.Write(grid);
        console.MarkupLine($"{N(report.TeamsStored)} teams.");
    }

    /// <summary>Writes the first <see cref="WarningLimit"/> of <paramref name="warnings"/> to <paramref name="error"/>, then a count of the rest.</summary>
    public static void WriteWarnings(TextWriter error, IEnumerable<string> warnings)
    {
        var count = 0;
        foreach (var warning in warnings)
        {
            if (++count <= WarningLimit)
            {
                error.WriteLine("warning: " + warning);
            }
        }

        if (count > WarningLimit)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"warning: {count - WarningLimit:N0} more warnings not shown ({count:N0} in all; the store's import log keeps the skipped rows)"));
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Describe(StoreLocationSource source) => source switch
    {
        StoreLocationSource.Explicit => "--db",
        StoreLocationSource.Environment => "$QUALIFY_DB",
        _ => "default location",
    };
}
