using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify ratings</c>: World Football Elo or FIFA ranking from the history store.</summary>
internal sealed class RatingsCommand(CliEnvironment environment, RatingsService ratings) : Command<RatingsSettings>
{
    public override int Execute(CommandContext context, RatingsSettings settings, CancellationToken cancellationToken)
    {
        var kind = RatingSystems.FromName(settings.System);
        var result = ratings.Compute(new RatingsRequest(kind, SettingsParsing.ToDate(settings.AsOf), settings.Team, settings.History, settings.TopCount));
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, RatingsDocument.From(result.Run.System.Name, settings.AsOf, result.Rows, result.Series));
            return 0;
        }

        RatingsRenderer.Render(environment.Console, kind, settings.AsOf, result);
        return 0;
    }
}
