using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify tournaments</c>: the store's tournaments with their class, whether <c>tournament-classes.csv</c> has
/// them (those it lacks take the default class), their number of matches and their years.
/// </summary>
internal sealed class TournamentsCommand(CliEnvironment environment, TournamentService service) : Command<TournamentsSettings>
{
    public override int Execute(CommandContext context, TournamentsSettings settings, CancellationToken cancellationToken)
    {
        TournamentsRenderer.Render(environment.Console, service.List(settings.Unmapped), settings.Unmapped);
        return 0;
    }
}
