using Qualify.Domain;
using Qualify.Domain.Competitions;
using Qualify.Scenarios;

namespace Qualify.Application;

/// <summary>A request for exact scenarios.</summary>
/// <param name="Competition">The competition's id.</param>
/// <param name="AsOf">The date, or <see langword="null"/> for the latest state.</param>
/// <param name="Team">Only this team (aliases accepted), or <see langword="null"/> for every team.</param>
public sealed record ScenarioRequest(string Competition, DateOnly? AsOf, string? Team)
{
    /// <summary>The goal bound and solver settings.</summary>
    public ScenarioOptions Options { get; init; } = new();
}

/// <summary>Exact scenarios of a competition at a date, one per group.</summary>
/// <param name="Competition">The definition.</param>
/// <param name="AsOf">The date asked for.</param>
/// <param name="Groups">Each group's answers.</param>
public sealed record ScenarioReport(CompetitionDefinition Competition, DateOnly? AsOf, IReadOnlyList<GroupScenarios> Groups)
{
    /// <summary>The exact scenarios of each ranking across groups (<see cref="RankingAnalyzer"/>), after the groups; with a team, only the rankings of its group, with only that team.</summary>
    public IReadOnlyList<RankingScenarios> Rankings { get; init; } = [];

    /// <summary>The groups not analysed because their teams are not known at the date, each with the reason.</summary>
    public IReadOnlyList<UnknownGroup> NotAnalysed { get; init; } = [];
}

/// <summary>A group whose teams are not all known at the date (<see cref="CompetitionTable.UnknownTeams"/>), so no exact answer is given for it.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Group">The group.</param>
/// <param name="Reason">Why, for example "the 4th in group A (Third round) is not decided yet".</param>
public sealed record UnknownGroup(string Stage, string Group, string Reason);

/// <summary>What the next matchday of each group can settle (<see cref="NextMatchdayAnalyzer"/>).</summary>
/// <param name="Competition">The definition.</param>
/// <param name="AsOf">The date asked for.</param>
/// <param name="Groups">Each group with fixtures left, with its next matchday.</param>
public sealed record NextMatchdayReport(CompetitionDefinition Competition, DateOnly? AsOf, IReadOnlyList<NextMatchdayScenarios> Groups)
{
    /// <summary>The rankings across groups that cover the groups analysed: <c>--next</c> does not analyse them (their conditions are not made exact).</summary>
    public IReadOnlyList<string> RankingsNotAnalysed { get; init; } = [];

    /// <summary>The groups not analysed because their teams are not known at the date, each with the reason.</summary>
    public IReadOnlyList<UnknownGroup> NotAnalysed { get; init; } = [];
}

/// <summary>
/// Exact clinch and elimination scenarios (<see cref="ScenarioAnalyzer"/>): finds the definition, takes its matches as
/// <see cref="TableService"/> does, and analyses every group.
/// </summary>
public sealed class ScenarioService(CompetitionCatalog catalog, TableService tables)
{
    /// <summary>Analyses the competition.</summary>
    /// <exception cref="UnknownNameException">The competition is unknown.</exception>
    /// <exception cref="UserInputException">The team does not play in the competition, the chain is not supported, or the store is needed and empty.</exception>
    public ScenarioReport Analyse(ScenarioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = catalog.Find(request.Competition);
        var (problems, unknown) = Problems(competition, request.AsOf);
        var rankings = RankingProblem.FromCompetition(competition, problems);
        var team = request.Team is { } name ? CompetitionTeams.Resolve(competition, name, "--team") : null;
        bool Plays(ScenarioProblem p) => team is null || p.Teams.Contains(team, StringComparer.Ordinal);
        rankings = [.. rankings.Where(r => r.Groups.Any(Plays))];

        // A team's rankings need every group they rank; the other groups are analysed only for them.
        var needed = problems.Where(p => Plays(p) || rankings.Any(r => r.Groups.Contains(p, ReferenceEqualityComparer.Instance))).ToList();
        var answers = Run(needed, request.Options);
        var byProblem = needed.Zip(answers).ToDictionary<(ScenarioProblem First, GroupScenarios Second), ScenarioProblem, GroupScenarios>(x => x.First, x => x.Second, ReferenceEqualityComparer.Instance);
        var ranked = new List<RankingScenarios>();
        foreach (var ranking in rankings)
        {
            var result = Unsupported(() => RankingAnalyzer.Analyse(ranking, [.. ranking.Groups.Select(g => byProblem[g])], request.Options));
            ranked.Add(team is null ? result : result with { Teams = [.. result.Teams.Where(t => string.Equals(t.Team, team, StringComparison.Ordinal))] });
        }

        var groups = needed.Zip(answers).Where(x => Plays(x.First)).Select(x => x.Second)
            .Select(g => team is null ? g : g with { Teams = [.. g.Teams.Where(t => string.Equals(t.Team, team, StringComparison.Ordinal))] });
        return new ScenarioReport(competition, request.AsOf, [.. groups]) { Rankings = ranked, NotAnalysed = unknown };
    }

    /// <summary>Runs <paramref name="analyse"/>, an unsupported case turned into one line for the user.</summary>
    /// <exception cref="UserInputException">The case is not supported.</exception>
    private static T Unsupported<T>(Func<T> analyse)
    {
        try
        {
            return analyse();
        }
        catch (NotSupportedException e)
        {
            throw UserInputException.Unsupported(e.Message);
        }
    }

    /// <summary>
    /// Analyses the next matchday of every group that has fixtures left (<see cref="NextMatchdayAnalyzer.NextMatchday"/>):
    /// every combination of win/draw/loss results, and the conditions under which it settles each team's slots.
    /// </summary>
    /// <exception cref="UnknownNameException">The competition is unknown.</exception>
    /// <exception cref="UserInputException">The team does not play in the competition, nothing is left to play, the chain is not supported, or the store is needed and empty.</exception>
    public NextMatchdayReport AnalyseNext(ScenarioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = catalog.Find(request.Competition);
        var (problems, unknown) = Problems(competition, request.AsOf);
        var rankingsOf = RankingProblem.FromCompetition(competition, problems);
        string[]? only = null;
        if (request.Team is { } name)
        {
            var team = CompetitionTeams.Resolve(competition, name, "--team");
            problems = [.. problems.Where(p => p.Teams.Contains(team, StringComparer.Ordinal))];
            only = [team];
        }

        problems = [.. problems.Where(p => !p.Remaining.IsEmpty)];
        if (problems.Count == 0)
        {
            var date = request.AsOf is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the last result";
            throw new UserInputException($"--next: nothing is left to play in {competition.Id} after {date}");
        }

        var notAnalysed = rankingsOf.Where(r => r.Groups.Any(g => problems.Contains(g, ReferenceEqualityComparer.Instance))).Select(r => r.Ranking.Name).ToList();
        return new NextMatchdayReport(competition, request.AsOf, EachGroup(problems, p => NextMatchdayAnalyzer.Analyse(p, request.Options, only)))
        {
            RankingsNotAnalysed = notAnalysed,
            NotAnalysed = unknown,
        };
    }

    /// <summary>
    /// The problem of every group whose teams are known at the date, and the groups whose teams are not (a later stage fed by
    /// places still open, or drawn after the date): an exact answer about teams that may never play in a group would be
    /// an answer about a hypothetical group, so those are listed with the reason instead.
    /// </summary>
    private (List<ScenarioProblem> Problems, List<UnknownGroup> Unknown) Problems(CompetitionDefinition competition, DateOnly? asOf)
    {
        var table = tables.Build(new TableRequest(competition.Id, asOf));
        var unknown = new List<UnknownGroup>();
        foreach (var stage in competition.Stages)
        {
            foreach (var group in stage.Groups)
            {
                if (table.UnknownTeams(stage, group) is { } reason)
                {
                    unknown.Add(new UnknownGroup(stage.Name, group.Name, reason));
                }
            }
        }

        var problems = ScenarioProblem.FromCompetition(competition, tables.MatchesOf(competition), asOf)
            .Where(p => !unknown.Any(u => string.Equals(u.Stage, p.Stage, StringComparison.Ordinal) && string.Equals(u.Group, p.Group, StringComparison.Ordinal)))
            .ToList();
        return (problems, unknown);
    }

    private static List<GroupScenarios> Run(IReadOnlyList<ScenarioProblem> problems, ScenarioOptions options) =>
        [.. EachGroup(problems, p => ScenarioAnalyzer.Analyse(p, options))];

    /// <summary>
    /// Analyses every group, groups in parallel (they share nothing; each solver runs on one thread with its own model,
    /// so every answer is the one a sequential run gives), results in the groups' order.
    /// </summary>
    /// <exception cref="UserInputException">A group's chain is not supported.</exception>
    private static T[] EachGroup<T>(IReadOnlyList<ScenarioProblem> problems, Func<ScenarioProblem, T> analyse)
    {
        var results = new T[problems.Count];
        try
        {
            Parallel.For(0, problems.Count, i => results[i] = analyse(problems[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is NotSupportedException) is { } unsupported)
        {
            throw UserInputException.Unsupported(unsupported.Message);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return results;
    }
}
