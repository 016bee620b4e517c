using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify ratings</c>: World Football Elo or FIFA ranking from the history store.</summary>
internal sealed class RatingsCommand(CliEnvironment environment, IHistoryOpener history) : Command<RatingsSettings>
{
    public override int Execute(CommandContext context, RatingsSettings settings, CancellationToken cancellationToken)
    {
        var kind = settings.System == "fifa" ? RatingSystemKind.Fifa : RatingSystemKind.Elo;
        var asOf = SettingsParsing.ToDate(settings.AsOf);
        var result = new RatingsService(history.Open(settings.Database)).Compute(new RatingsRequest(kind, asOf, settings.Team, settings.History));
        var table = result.Run.Table();
        var focus = result.Team is null ? null : table.FirstOrDefault(e => e.Team == result.Team);
        if (result.Team is not null && focus is null)
        {
            throw new UserInputException($"{result.Team} has no rated match{(asOf is null ? string.Empty : " by " + settings.AsOf)}");
        }

        var rows = focus is null ? table.Take(settings.TopCount).ToList() : [focus];
        var series = settings.History && result.Team is not null ? result.Run.HistoryOf(result.Team) : null;
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, RatingsDocument.From(result.Run.System.Name, settings.AsOf, rows, series));
            return 0;
        }

        var title = (kind == RatingSystemKind.Elo ? "World Football Elo ratings" : "FIFA ranking (SUM method)")
            + (asOf is null ? string.Empty : " as of " + settings.AsOf);
        RatingsRenderer.Render(environment.Console, title, rows, result.Team, series);
        return 0;
    }
}
