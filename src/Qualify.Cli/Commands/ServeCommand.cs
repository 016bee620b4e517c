using Microsoft.Extensions.Hosting;
using Qualify.Application;
using Qualify.Cli.Settings;
using Qualify.Web;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify serve</c>: the REST API and its reference page (docs/web.md) over the same services and store as the
/// other commands, until Ctrl+C (or <see cref="CliEnvironment.Shutdown"/>). Prints the address it listens on to
/// standard output, and a warning on standard error for each address beyond this machine.
/// </summary>
internal sealed class ServeCommand(CliEnvironment environment) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        using var app = QualifyWebApp.Create(new QualifyWebOptions
        {
            Urls = settings.Urls,
            Database = settings.Database,
            Environment = environment.Environment,
            Clock = environment.Clock,
        });
        try
        {
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            // Kestrel's bind failure ("address already in use"), which the user fixes with another --urls.
            throw new UserInputException($"--urls: {e.Message}", e);
        }

        foreach (var warning in QualifyWebApp.Warnings(app.Urls))
        {
            environment.Error.WriteLine(warning);
        }

        environment.Out.WriteLine(QualifyWebApp.Announcement(app));
        environment.Out.Flush();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, environment.Shutdown);
        app.WaitForShutdownAsync(stop.Token).GetAwaiter().GetResult();
        app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        return 0;
    }
}
