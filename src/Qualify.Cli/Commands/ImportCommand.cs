using System.Globalization;
using Qualify.Cli.Settings;
using Qualify.Storage;
using Qualify.Storage.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify import</c>: reads the four dataset files into the history store in one transaction, with progress on
/// standard error when it is a terminal, and reports what was stored and skipped.
/// </summary>
internal sealed class ImportCommand(CliEnvironment environment) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var location = HistoryStoreLocation.Resolve(settings.Database, environment.Environment);
        var importer = new HistoryImporter(HistoryDbContextFactory.ForSqliteFile(location.Path));
        var console = environment.Console;
        ImportReport report;
        if (environment.ProgressConsole is { Profile.Capabilities.Interactive: true } progressConsole)
        {
            report = progressConsole.Status().Start("importing", status =>
                importer.Import(settings.Folder, new Progress<string>(message => status.Status(Markup.Escape(message))), cancellationToken));
        }
        else
        {
            report = importer.Import(settings.Folder, null, cancellationToken);
        }

        console.MarkupLine($"Imported [bold]{Markup.Escape(Path.GetFullPath(settings.Folder))}[/] into {Markup.Escape(location.Path)} ({Describe(location.Source)}) in {report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn("File");
        grid.AddColumn(new TableColumn("Rows read").RightAligned());
        grid.AddColumn(new TableColumn("Stored").RightAligned());
        grid.AddRow(DatasetFileNames.Results, N(report.ResultRowsRead), N(report.MatchesStored) + " matches");
        grid.AddRow(DatasetFileNames.Goals, N(report.GoalRowsRead), N(report.GoalsStored) + " goals");
        grid.AddRow(DatasetFileNames.Shootouts, N(report.ShootoutRowsRead), N(report.ShootoutsStored) + " shootouts");
        grid.AddRow(DatasetFileNames.FormerNames, N(report.FormerNameRowsRead), N(report.FormerNamesStored) + " former names");
        console.Write(grid);
        console.MarkupLine($"{N(report.TeamsStored)} teams.");
        foreach (var skipped in report.Duplicates)
        {
            environment.Error.WriteLine($"warning: duplicate skipped: {skipped}");
        }

        foreach (var skipped in report.Orphans)
        {
            environment.Error.WriteLine($"warning: no matching result, skipped: {skipped}");
        }

        return 0;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Describe(StoreLocationSource source) => source switch
    {
        StoreLocationSource.Explicit => "--db",
        StoreLocationSource.Environment => "$QUALIFY_DB",
        _ => "default location",
    };
}
