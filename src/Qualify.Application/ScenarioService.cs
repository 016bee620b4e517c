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
public sealed record ScenarioReport(CompetitionDefinition Competition, DateOnly? AsOf, IReadOnlyList<GroupScenarios> Groups);

/// <summary>What the next matchday of each group can settle (<see cref="NextMatchdayAnalyzer"/>).</summary>
/// <param name="Competition">The definition.</param>
/// <param name="AsOf">The date asked for.</param>
/// <param name="Groups">Each group with fixtures left, with its next matchday.</param>
public sealed record NextMatchdayReport(CompetitionDefinition Competition, DateOnly? AsOf, IReadOnlyList<NextMatchdayScenarios> Groups);

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
        var matchesOf = tables.MatchesOf(competition);
        var problems = ScenarioProblem.FromCompetition(competition, matchesOf, request.AsOf);
        if (request.Team is { } name)
        {
            var team = CompetitionTeams.Resolve(competition, name, "--team");
            problems = [.. problems.Where(p => p.Teams.Contains(team, StringComparer.Ordinal))];
            var groups = Run(problems, request.Options);
            return new ScenarioReport(competition, request.AsOf,
                [.. groups.Select(g => g with { Teams = [.. g.Teams.Where(t => string.Equals(t.Team, team, StringComparison.Ordinal))] })]);
        }

        return new ScenarioReport(competition, request.AsOf, Run(problems, request.Options));
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
        var matchesOf = tables.MatchesOf(competition);
        var problems = ScenarioProblem.FromCompetition(competition, matchesOf, request.AsOf);
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

        return new NextMatchdayReport(competition, request.AsOf, EachGroup(problems, p => NextMatchdayAnalyzer.Analyse(p, request.Options, only)));
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
