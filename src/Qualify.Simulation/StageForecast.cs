using System.Collections.Immutable;
using Qualify.Domain.Competitions;

namespace Qualify.Simulation;

/// <summary>A final destination of a team: the terminal slot or tie outcome it reaches, by kind and label.</summary>
/// <param name="Kind">Qualified, play-off, advanced (a later stage not simulated) or eliminated.</param>
/// <param name="Label">The destination's label when the slot names one by id, else the slot's label (or where it leads); may be empty.</param>
/// <param name="Id">The destination's id (<see cref="CompetitionDefinition.Destinations"/>), when the slot names one.</param>
public sealed record ForecastDestination(SlotKind Kind, string Label, string? Id)
{
    /// <summary>The destination in words, for example "qualified: FIFA World Cup 2026" or "eliminated".</summary>
    public string Describe() => Kind.ToString().ToLowerInvariant() + (Label.Length == 0 ? string.Empty : ": " + Label);
}

/// <summary>A team's probability of each rank of a ranking across groups.</summary>
/// <param name="Team">The team.</param>
/// <param name="RankProbabilities">Probability of each rank (index 0 = 1st); they sum to the probability of being ranked.</param>
public sealed record RankedTeamForecast(string Team, ImmutableArray<double> RankProbabilities);

/// <summary>The forecast of a ranking across groups.</summary>
/// <param name="Ranking">The ranking.</param>
/// <param name="Teams">Every team that can be ranked, by expected rank.</param>
public sealed record RankingForecast(CrossGroupRanking Ranking, ImmutableArray<RankedTeamForecast> Teams);

/// <summary>A team's probabilities in a knockout tie.</summary>
/// <param name="Team">The team.</param>
/// <param name="Plays">Probability of playing the tie.</param>
/// <param name="Wins">Probability of winning it.</param>
public sealed record TieTeamForecast(string Team, double Plays, double Wins);

/// <summary>The forecast of a knockout tie.</summary>
/// <param name="Tie">The tie.</param>
/// <param name="Teams">Every team that can play it, most likely winner first.</param>
public sealed record TieForecast(TieDefinition Tie, ImmutableArray<TieTeamForecast> Teams);

/// <summary>A team's probability of each final destination.</summary>
/// <param name="Team">The team.</param>
/// <param name="Probabilities">Probability of each destination, in the order of <see cref="StageForecast.Destinations"/>; they sum to 1.</param>
public sealed record TeamDestinationForecast(string Team, ImmutableArray<double> Probabilities);

/// <summary>The forecast of a competition played stage by stage: its groups, rankings, ties, and each team's destination.</summary>
/// <param name="Groups">One forecast per group, in the definition's order.</param>
/// <param name="Rankings">One forecast per ranking across groups.</param>
/// <param name="Ties">One forecast per knockout tie, in the definition's order.</param>
/// <param name="Destinations">Every final destination: qualified first, then play-off, advanced and eliminated.</param>
/// <param name="Teams">Each team's destinations, most successful first.</param>
/// <param name="Simulations">The number of simulations.</param>
public sealed record StageForecast(
    ImmutableArray<GroupForecast> Groups,
    ImmutableArray<RankingForecast> Rankings,
    ImmutableArray<TieForecast> Ties,
    ImmutableArray<ForecastDestination> Destinations,
    ImmutableArray<TeamDestinationForecast> Teams,
    long Simulations)
{
    /// <summary>What the forecast assumes about the draws it makes and the groups whose teams it simulates, in words.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
