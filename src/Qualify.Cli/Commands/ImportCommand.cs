using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.History;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify import</c>: reads the four dataset files into the history store in one transaction, with progress on
/// standard error when it is a terminal, and reports what was stored and skipped (<see cref="ImportRenderer"/>).
/// </summary>
internal sealed class ImportCommand(CliEnvironment environment, ImportService service) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var request = new ImportRequest(settings.Folder, settings.Replace ? ImportMode.Replace : ImportMode.Update, settings.Database);
        var (report, location) = environment.ProgressConsole is { Profile.Capabilities.Interactive: true } progressConsole
            ? progressConsole.Status().Start("importing", status =>
                service.Import(request, new Progress<string>(message => status.Status(Markup.Escape(message))), cancellationToken))
            : service.Import(request, null, cancellationToken);
        ImportRenderer.Render(environment.Console, Path.GetFullPath(settings.Folder), report, location);
        ImportRenderer.WriteWarnings(environment.Error, report.Warnings);
        return 0;
    }
}
