using System.Globalization;
using Qualify.Cli.Settings;
using Qualify.Application;
using Qualify.Domain.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify import</c>: reads the four dataset files into the history store in one transaction, with progress on
/// standard error when it is a terminal, and reports what was stored and skipped. Warnings go to standard error, the
/// first <see cref="WarningLimit"/> of them and then a count of the rest.
/// </summary>
internal sealed class ImportCommand(CliEnvironment environment, ImportService service) : Command<ImportSettings>
{
    /// <summary>How many warnings are printed before the rest are counted.</summary>
    public const int WarningLimit = 20;

    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var request = new ImportRequest(settings.Folder, settings.Replace ? ImportMode.Replace : ImportMode.Update, settings.Database);
        var (report, location) = environment.ProgressConsole is { Profile.Capabilities.Interactive: true } progressConsole
            ? progressConsole.Status().Start("importing", status =>
                service.Import(request, new Progress<string>(message => status.Status(Markup.Escape(message))), cancellationToken))
            : service.Import(request, null, cancellationToken);
        var console = environment.Console;
        console.MarkupLine($"Imported [bold]{Markup.Escape(Path.GetFullPath(settings.Folder))}[/] into {Markup.Escape(location.Path)} ({Describe(location.Source)}) in {report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
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
        WriteWarnings(report.Warnings);
        return 0;
    }

    private void WriteWarnings(IEnumerable<string> warnings)
    {
        var count = 0;
        foreach (var warning in warnings)
        {
            if (++count <= WarningLimit)
            {
                environment.Error.WriteLine("warning: " + warning);
            }
        }

        if (count > WarningLimit)
        {
            environment.Error.WriteLine(string.Create(
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
