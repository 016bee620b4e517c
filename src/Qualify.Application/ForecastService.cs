using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Match = Qualify.Domain.Matches.Match;
using Qualify.Domain;
using Qualify.Domain.Competitions;

using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Ratings;
using Qualify.Models;
using Qualify.Simulation;
using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>A forecast request as a user gives it.</summary>
/// <param name="Competition">The competition id.</param>
/// <param name="AsOf">The date, or <see langword="null"/> for the latest state.</param>
/// <param name="Simulations">How many simulations, at least 1.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Model">The goal model: one of <see cref="ModelKinds.GoalModels"/>.</param>
/// <param name="Fixes">What-ifs such as "Canada 2-1 Mexico".</param>
public sealed record ForecastOptions(string Competition, DateOnly? AsOf, long Simulations, ulong Seed, ModelKind Model, IReadOnlyList<string> Fixes)
{
    /// <summary>The simulations of a forecast that names none (<c>--sims</c>): a standard error of at most 0.16 percentage points.</summary>
    public const long DefaultSimulations = 100_000;

    /// <summary>The seed of a forecast that names none (<c>--seed</c>).</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The goal model of a forecast that names none (<c>--model</c>): Elo-Poisson, which works offline on built-in ratings.</summary>
    public const string DefaultModelName = "elo-poisson";

    /// <summary>Reports simulations done.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// The opponent of the play-off at the end of the competition, instead of the definition's (a team the model
    /// rates at the date; aliases and former names accepted); <see langword="null"/> for the definition's.
    /// </summary>
    public string? PlayoffOpponent { get; init; }

    /// <summary>Parallelism; <see langword="null"/> for every core. The numbers do not depend on it.</summary>
    public int? MaxThreads { get; init; }
}

/// <summary>A forecast with what it was computed from.</summary>
/// <param name="Competition">The definition.</param>
/// <param name="Options">The request.</param>
/// <param name="ModelDescription">What the model was fitted on, for the reader.</param>
/// <param name="Groups">One forecast per group.</param>
public sealed record ForecastReport(CompetitionDefinition Competition, ForecastOptions Options, string ModelDescription, ImmutableArray<GroupForecast> Groups)
{
    /// <summary>The what-ifs of <see cref="ForecastOptions.Fixes"/> with their teams resolved, in the same order.</summary>
    public ImmutableArray<FixedResult> Fixes { get; init; } = [];

    /// <summary>
    /// The play-off against a known opponent and each team's chance of reaching the final tournament, when the
    /// definition describes one (<see cref="SlotRule.Playoff"/>); <see langword="null"/> otherwise.
    /// </summary>
    public PlayoffForecast? Playoff { get; init; }

    /// <summary>
    /// For a definition simulated stage by stage (rankings across groups, knockout ties, groups fed by an earlier
    /// stage): the rankings, the ties and each team's final destination; <see langword="null"/> for plain groups.
    /// </summary>
    public StageForecast? Stages { get; init; }
}

/// <summary>
/// Forecasts a competition: builds the goal model at the as-of date, resolves what-ifs, and runs the Monte Carlo
/// simulation (<see cref="CompetitionForecaster"/>). Where a group's slot leads to a play-off against a known
/// opponent, adds each team's probability of winning it and of reaching the final tournament
/// (<see cref="PlayoffForecast"/>), from the same model at the same date.
/// </summary>
public sealed partial class ForecastService(CompetitionCatalog catalog, IHistorySource history, TableService tables)
{
    /// <summary>The goal models fitted and FIFA rankings computed on the store, per store version and date (<see cref="HistoryDerivedCache"/>).</summary>
    private readonly HistoryDerivedCache _derived = new(capacity: 16);
    /// <summary>Runs the forecast.</summary>
    /// <exception cref="UserInputException">A what-if is malformed or names no unplayed match, or the model needs the store.</exception>
    public ForecastReport Forecast(ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var competition = catalog.Find(options.Competition);
        var matchesOf = tables.MatchesOf(competition);
        var staged = ForecastScope.NeedsStages(competition);
        if (staged)
        {
            ForecastScope.EnsureSimulated(competition, CompetitionTableBuilder.Build(competition, matchesOf, options.AsOf));
        }

        var fixes = options.Fixes.Select(f => ParseFix(f, competition)).ToImmutableArray();
        var model = BuildModel(options, competition, matchesOf);
        var playoff = ResolvePlayoff(options, competition, model);
        try
        {
            var request = new ForecastRequest(competition, matchesOf, options.AsOf, model.Predict, options.Simulations, options.Seed)
            {
                Fixes = fixes,
                Progress = options.Progress,
                MaxThreads = options.MaxThreads,
                DrawRanking = staged && ForecastScope.NeedsDrawRanking(competition, options.AsOf) ? DrawRanking(competition, options.AsOf!.Value) : null,
            };
            var stages = staged ? StageForecaster.Forecast(request) : null;
            var groups = stages?.Groups ?? CompetitionForecaster.Forecast(request);
            return new ForecastReport(competition, options, model.Model.Description, groups)
            {
                Fixes = fixes,
                Stages = stages,
                Playoff = playoff is { } p
                    ? PlayoffForecast.Compute(groups.Single(g => ReferenceEquals(g.Group, p.Group)), p.Slot, p.Playoff, p.Overridden, model.Predict, model.AsOf)
                    : null,
            };
        }
        catch (UnmatchedFixException e)
        {
            var hint = e.ReverseOpen ? $"; did you mean '{e.Fix.Reversed}'? (a fix names the home team first)" : string.Empty;
            throw new UserInputException($"--fix: '{e.Fix}': {e.Message} (already played, fixed twice, or no such fixture){hint}", e);
        }
        catch (UnusableFixException e)
        {
            throw new UserInputException($"--fix: '{e.Fix}': {e.Message}", e);
        }
        catch (ListExhaustedException e)
        {
            var at = options.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            throw UserInputException.Unsupported($"forecast: competition '{competition.Id}'{at}: {e.Message}; forecast as of a later date, when fewer of them can still finish there");
        }
    }

    /// <summary>
    /// Re-forecasts after each matchday: one forecast as of the day before the first match, then one as of each date
    /// with matches, up to the request's as-of date (or the end). Each uses the model and ratings as of its own date
    /// only, so the series shows what could have been known at the time.
    /// </summary>
    /// <exception cref="UserInputException">No match is played by the date, or a team plays in groups of several stages (unsupported).</exception>
    public IReadOnlyList<ForecastReport> Timeline(ForecastOptions options, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var competition = catalog.Find(options.Competition);
        var matchesOf = tables.MatchesOf(competition);
        var dates = competition.Stages.SelectMany(s => s.Groups.SelectMany(g => matchesOf.OfGroup(s, g)))
            .Where(m => m.IsPlayed && (options.AsOf is null || m.Date <= options.AsOf))
            .Select(m => m.Date).Distinct().Order().ToList();
        if (dates.Count == 0)
        {
            throw new UserInputException($"competition '{competition.Id}' has no played match{(options.AsOf is null ? string.Empty : " by " + options.AsOf.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}: there is no timeline to draw");
        }

        var points = dates.Prepend(dates[0].AddDays(-1)).ToList();
        var reports = new List<ForecastReport>(points.Count);
        foreach (var date in points)
        {
            var report = Forecast(options with { AsOf = date, Progress = null });
            if (report.Groups.SelectMany(g => g.Teams).GroupBy(t => t.Team, StringComparer.Ordinal).FirstOrDefault(t => t.Count() > 1) is { } twice)
            {
                // A timeline follows each team's chance in its one group; a team in groups of several stages has no single line yet.
                throw UserInputException.Unsupported(
                    $"--timeline: competition '{competition.Id}' has {twice.Key} in groups of several stages: its timeline follows a team in one group only, and is not drawn for it yet");
            }

            reports.Add(report);
            progress?.Report((reports.Count, points.Count));
        }

        return reports;
    }

    /// <summary>
    /// The FIFA ranking's points of every team as of <paramref name="asOf"/> (<see cref="RatingRun.Fifa"/>), which sets
    /// the pots of a draw by ranked pots still to be made: the ranking at the forecast's date, not at the draw's.
    /// </summary>
    /// <exception cref="UserInputException">The history store is empty.</exception>
    private IReadOnlyDictionary<string, double> DrawRanking(CompetitionDefinition competition, DateOnly asOf)
    {
        if (!history.HasMatches)
        {
            throw new UserInputException(FormattableString.Invariant(
                $"forecast: competition '{competition.Id}' as of {asOf:yyyy-MM-dd}: a later stage is drawn from pots set by the FIFA ranking, which needs the history store, empty at {history.Location}: run 'qualify import <folder>' first"));
        }

        return _derived.GetOrAdd(history.Version, FormattableString.Invariant($"fifa|{asOf:yyyy-MM-dd}"), () =>
        {
            var run = RatingRun.Fifa(history.LoadMatches(new MatchQuery { To = asOf, InFileOrder = true }), asOf);
            return (IReadOnlyDictionary<string, double>)run.Teams.ToDictionary(t => t, run.RatingOf, StringComparer.Ordinal);
        });
    }

    /// <summary>A goal model built for a forecast.</summary>
    /// <param name="Model">The fitted model.</param>
    /// <param name="AsOf">The date of its ratings.</param>
    /// <param name="FromStore">Whether it was built from the history store (whose former names then resolve team names).</param>
    private sealed record BuiltModel(IGoalModel Model, DateOnly AsOf, bool FromStore)
    {
        public ScorelineDistribution Predict(Match match) => Model.Predict(match);
    }

    /// <summary>The fitter of each goal model on the history store.</summary>
    private static IGoalModelFitter FitterOf(ModelKind model) => model switch
    {
        ModelKind.EloPoisson => EloPoissonFitter.Instance,
        ModelKind.DixonColes => DixonColesFitter.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "not a goal model"),
    };

    private BuiltModel BuildModel(ForecastOptions options, CompetitionDefinition competition, ICompetitionMatches matchesOf)
    {
        var fitter = FitterOf(options.Model);
        var asOf = options.AsOf ?? competition.Window.To ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (fitter.Kind == ModelKind.EloPoisson && !history.HasMatches && competition.Fallback is { } fallback)
        {
            return new BuiltModel(FallbackEloPoisson(competition, matchesOf, fallback, asOf), asOf, FromStore: false);
        }

        if (!history.HasMatches)
        {
            throw new UserInputException(
                $"the {ModelKinds.ToName(options.Model)} model needs the history store, which is empty at {history.Location}: run 'qualify import <folder>' first");
        }

        var model = fitter is DixonColesFitter dixonColes
            ? FitDixonColes(dixonColes, competition, asOf)
            : _derived.GetOrAdd(history.Version, FormattableString.Invariant($"{fitter.Kind}|{asOf:yyyy-MM-dd}"),
                () => fitter.Fit(history.LoadMatches(new MatchQuery { To = asOf, InFileOrder = true }), asOf));
        return new BuiltModel(model, asOf, FromStore: true);
    }

    /// <summary>
    /// The play-off of the definition with its opponent resolved: the definition's, or <see cref="ForecastOptions.PlayoffOpponent"/>
    /// (a team the model rates, not one of the competition's).
    /// </summary>
    /// <exception cref="UserInputException">The opponent is unknown or unrated, plays in the competition, or there is no play-off to change.</exception>
    private (GroupDefinition Group, SlotRule Slot, PlayoffDefinition Playoff, bool Overridden)? ResolvePlayoff(ForecastOptions options, CompetitionDefinition competition, BuiltModel model)
    {
        if (competition.Playoff is not { } described)
        {
            return options.PlayoffOpponent is null
                ? null
                : throw new UserInputException($"--playoff-opponent: competition '{competition.Id}' describes no play-off against a known opponent");
        }

        var option = options.PlayoffOpponent is not null ? "--playoff-opponent" : $"the play-off opponent of '{competition.Id}'";
        var typed = options.PlayoffOpponent ?? described.Slot.Playoff!.Opponent;
        var opponent = model.FromStore ? ResolveStoreTeam(option, typed, model, options.Model) : ResolveBuiltInTeam(option, typed, model, competition);
        if (competition.Teams.Contains(opponent, StringComparer.Ordinal))
        {
            throw new UserInputException($"{option}: '{opponent}' plays in the competition; the play-off opponent comes from outside");
        }

        var playoff = described.Slot.Playoff! with { Opponent = opponent };
        return (described.Group, described.Slot, playoff, !string.Equals(opponent, described.Slot.Playoff!.Opponent, StringComparison.Ordinal));
    }

    /// <summary>A team of the store (former names and aliases accepted) that the model rates.</summary>
    private string ResolveStoreTeam(string option, string typed, BuiltModel model, ModelKind kind)
    {
        var directory = new TeamDirectory(history.LoadTeams(), history.LoadFormerNames());
        string team;
        try
        {
            team = directory.Resolve(typed);
        }
        catch (Exception e) when (e is UnknownNameException or AmbiguousNameException)
        {
            throw new UserInputException($"{option}: {e.Message}", e);
        }

        return model.Model.Teams.Contains(team, StringComparer.Ordinal)
            ? team
            : throw new UserInputException(FormattableString.Invariant($"{option}: '{team}' has no rating on {model.AsOf:yyyy-MM-dd} in the {ModelKinds.ToName(kind)} model"));
    }

    /// <summary>A team of the definition's built-in ratings (aliases accepted).</summary>
    private static string ResolveBuiltInTeam(string option, string typed, BuiltModel model, CompetitionDefinition competition)
    {
        var directory = new TeamDirectory(model.Model.Teams);
        if (directory.TryResolve(typed, out var team))
        {
            return team;
        }

        var suggestions = directory.Suggest(typed);
        var outside = model.Model.Teams.Where(t => !competition.Teams.Contains(t, StringComparer.Ordinal)).Order(StringComparer.Ordinal);
        throw new UserInputException($"{option}: {new UnknownNameException("team", typed, suggestions).Message}; "
            + $"besides its own teams, the definition's built-in ratings rate only {string.Join(", ", outside)}: run 'qualify import <folder>' to name any team");
    }

    private static BuiltInEloPoisson FallbackEloPoisson(CompetitionDefinition competition, ICompetitionMatches matchesOf, FallbackRatings fallback, DateOnly asOf)
    {
        // The snapshot's ratings (every match before its date), brought forward with the competition's own results up to the date.
        var seed = new RatingSeed(fallback.AsOf.AddDays(-1), fallback.Elo, WorldFootballElo.Instance.InitialRating);
        // The competition's matches as every service reads them (TableService.MatchesOf): results written through the API included.
        var played = competition.Stages.SelectMany(s => s.Groups.Select(g => matchesOf.OfGroup(s, g)))
            .SelectMany(matches => CompetitionTableBuilder.CountedMatches(competition, matches, asOf))
            .ToList();
        var ratings = RatingRun.Compute(WorldFootballElo.Instance, played, seed: seed);
        var updated = played.Count(m => m.Date > seed.Date);
        var c = fallback.EloPoisson;
        var model = EloPoissonGoalModel.FromCoefficients(c.Intercept, c.RatingSlope, c.HomeAdvantage, c.AwayVenueEffect);
        var outside = fallback.Elo.Keys.Where(t => !competition.Teams.Contains(t, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var kept = outside.Count == 0 ? string.Empty : FormattableString.Invariant($"; {string.Join(", ", outside)} (outside the groups) kept at {fallback.AsOf:yyyy-MM-dd}");
        return new BuiltInEloPoisson(ratings, model, [.. fallback.Elo.Keys],
            FormattableString.Invariant($"Elo-Poisson on the definition's built-in ratings of {fallback.AsOf:yyyy-MM-dd}, updated with its {updated} results since{kept} (no history imported)"));
    }

    /// <summary>Elo-Poisson on a definition's built-in ratings (<see cref="CompetitionDefinition.Fallback"/>).</summary>
    private sealed class BuiltInEloPoisson(RatingRun ratings, EloPoissonGoalModel model, IReadOnlyCollection<string> teams, string description) : IGoalModel
    {
        public IReadOnlyCollection<string> Teams => teams;

        public string Description => description;

        public ScorelineDistribution Predict(Match fixture) => model.Predict(ratings.RatingOf(fixture.Home) - ratings.RatingOf(fixture.Away), fixture.Neutral);
    }

    /// <summary>Dixon-Coles on the store's matches before the day after <paramref name="asOf"/>, rating every team of the competition.</summary>
    /// <exception cref="UserInputException">The window holds no played match, or a team of the competition is not fitted.</exception>
    private IGoalModel FitDixonColes(DixonColesFitter fitter, CompetitionDefinition competition, DateOnly asOf)
    {
        var from = fitter.WindowStart(asOf);
        var model = _derived.GetOrAdd(history.Version, FormattableString.Invariant($"{fitter.Kind}|{from:yyyy-MM-dd}|{asOf:yyyy-MM-dd}"), () =>
        {
            var matches = history.LoadMatches(new MatchQuery { From = from, To = asOf });
            return matches.Any(m => m.IsPlayed)
                ? fitter.Fit(matches, asOf)
                : throw new UserInputException(FormattableString.Invariant(
                    $"as of {asOf:yyyy-MM-dd} the history store has no played match since {from:yyyy-MM-dd} to fit the dixon-coles model on: choose a later --as-of"));
        });
        var missing = competition.Teams.Where(t => !model.Teams.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException($"the Dixon-Coles fit from {from:yyyy-MM-dd} to {asOf:yyyy-MM-dd} has no rating for {string.Join(", ", missing)}");
        }

        return model;
    }

    /// <summary>
    /// Parses a what-if such as "Canada 2-1 Mexico" (home team first) against the competition's teams (aliases
    /// accepted); the result holds the resolved names.
    /// </summary>
    /// <exception cref="UserInputException">The text is not "Home g-g Away", names a team outside the competition, or the same team twice.</exception>
    public static FixedResult ParseFix(string text, CompetitionDefinition competition)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(competition);
        var match = FixPattern().Match(text);
        if (!match.Success)
        {
            throw new UserInputException($"--fix: '{text}' is not of the form \"Home 2-1 Away\" (home team first)");
        }

        var home = CompetitionTeams.Resolve(competition, match.Groups["home"].Value, "--fix");
        var away = CompetitionTeams.Resolve(competition, match.Groups["away"].Value, "--fix");
        if (string.Equals(home, away, StringComparison.Ordinal))
        {
            throw new UserInputException($"--fix: '{text}' names {home} twice");
        }

        return new FixedResult(home, away, new Score(int.Parse(match.Groups["hg"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["ag"].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^\s*(?<home>.+?)\s+(?<hg>\d{1,2})\s*[-–]\s*(?<ag>\d{1,2})\s+(?<away>.+?)\s*$")]
    private static partial Regex FixPattern();
}
