using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>How a place of a tie is filled in a simulation.</summary>
internal enum EntrantKind
{
    /// <summary>A known team: <see cref="EntrantRef.Index"/> is its global index.</summary>
    Team,

    /// <summary>A group position: group plan <see cref="EntrantRef.Index"/>, position <see cref="EntrantRef.Number"/> (0-based).</summary>
    GroupPosition,

    /// <summary>A rank: ranking <see cref="EntrantRef.Index"/>, rank <see cref="EntrantRef.Number"/> (0-based).</summary>
    Rank,

    /// <summary>An allocation table's place: ranking <see cref="EntrantRef.Index"/>, column <see cref="EntrantRef.Number"/>.</summary>
    Allocated,

    /// <summary>The winner of tie <see cref="EntrantRef.Index"/>.</summary>
    TieWinner,

    /// <summary>The loser of tie <see cref="EntrantRef.Index"/>.</summary>
    TieLoser,

    /// <summary>Place <see cref="EntrantRef.Number"/> of draw <see cref="EntrantRef.Index"/> (<see cref="DrawPlan"/>), drawn in each simulation.</summary>
    Drawn,

    /// <summary>Pick <see cref="EntrantRef.Number"/> (0-based) of priority list <see cref="EntrantRef.Index"/> (<see cref="ListPlan"/>).</summary>
    Listed,
}

/// <summary>
/// A priority list ready to simulate (<c>ListEntrant</c>): its teams in order, and for each the group plan of the list's
/// stage it plays in (-1 for none); a team placed 1st to <see cref="Outside"/> there is passed over.
/// </summary>
internal sealed class ListPlan
{
    /// <summary>The list's name, for messages.</summary>
    public required string Name { get; init; }

    /// <summary>The listed teams (global indices), best first.</summary>
    public required int[] Teams { get; init; }

    /// <summary>The group plan each listed team plays in, or -1.</summary>
    public required int[] Group { get; init; }

    /// <summary>The last position that passes a team over.</summary>
    public required int Outside { get; init; }
}

/// <summary>A place of a tie as the simulation resolves it.</summary>
internal readonly record struct EntrantRef(EntrantKind Kind, int Index, int Number);

/// <summary>A group ready to simulate: its simulator (the per-group Monte Carlo's hot path, one table at a time) and its fixtures.</summary>
internal sealed class GroupPlan
{
    public required GroupDefinition Group { get; init; }

    public required string Stage { get; init; }

    public required GroupSimulator Simulator { get; init; }

    /// <summary>Each local team's global index.</summary>
    public required int[] Global { get; init; }

    public required ImmutableArray<FixtureForecast> Forecasts { get; init; }

    /// <summary>The destination index of each position.</summary>
    public required int[] SlotDestination { get; init; }

    /// <summary>
    /// For a group whose teams are not known at the date (drawn later, or fed by a place still open): how each local
    /// place is filled and its round robin; <see langword="null"/> for a group of known teams.
    /// </summary>
    public OpenGroupPlan? Open { get; init; }
}

/// <summary>
/// A group whose teams are resolved in each simulation: each local place takes the team the simulation puts there, and
/// the group plays its fixtures between places, each score drawn from the pairing's distribution
/// (<see cref="StagePlan.Regular"/>), then is ranked by the group's chain (<see cref="FastRanker"/>).
/// </summary>
internal sealed class OpenGroupPlan
{
    /// <summary>Each local place.</summary>
    public required EntrantRef[] Places { get; init; }

    /// <summary>Matches counted at the date, between places (local indices) whose teams are known.</summary>
    public required (int Home, int Away, int HomeGoals, int AwayGoals)[] Played { get; init; }

    /// <summary>The fixtures to simulate, between places: home, away, and venue (1 neutral, 0 at the home team's ground).</summary>
    public required (int Home, int Away, int Venue)[] Fixtures { get; init; }

    /// <summary>Every team that can fill a place (global indices), and each global team's index among them (−1 if none).</summary>
    public required int[] Candidates { get; init; }

    public required int[] CandidateOf { get; init; }

    /// <summary>The most points a team can reach: its matches times the most points a match gives.</summary>
    public required int MaxPoints { get; init; }

    /// <summary>A new compiled group over the places (each thread mutates its own lots order).</summary>
    public required Func<CompiledGroup> Compile { get; init; }
}

/// <summary>
/// A draw made in each simulation: every place of its pots is resolved to a team, each pot's teams are shuffled
/// uniformly over the pot's places (a Fisher-Yates shuffle from the simulation's generator), and a group or tie place
/// that the definition's real draw filled from pot p takes the team the shuffle put at that pot's place.
/// </summary>
internal sealed class DrawPlan
{
    /// <summary>The stage drawn.</summary>
    public required StageDefinition Stage { get; init; }

    /// <summary>Every pot's places, pot after pot.</summary>
    public required EntrantRef[] Places { get; init; }

    /// <summary>Where each pot starts in <see cref="Places"/>, with one more entry for the end.</summary>
    public required int[] PotStart { get; init; }

    /// <summary>
    /// <see cref="DrawRule.RankedPots"/>: the teams of the places that are not named teams are ordered by
    /// <see cref="StagePlan.DrawRank"/> and put back into those places in order before the shuffle.
    /// </summary>
    public required bool Ranked { get; init; }

    /// <summary>
    /// Whether a ranked draw pools <paramref name="place"/>'s team with the others to cut the pots by the ranking: a place
    /// an earlier stage's results fill; a named team and a priority list's place stay in the pot the definition puts them in.
    /// </summary>
    public static bool IsRanked(EntrantRef place) => place.Kind is not (EntrantKind.Team or EntrantKind.Listed);
}

/// <summary>A ranking across groups ready to simulate.</summary>
internal sealed class RankingPlan
{
    public required CrossGroupRanking Ranking { get; init; }

    /// <summary>The group plans ranked (those with a team at the ranking's position).</summary>
    public required int[] Groups { get; init; }

    public required int Smallest { get; init; }

    /// <summary>The criteria, in order; lots end every ranking.</summary>
    public required TieBreakCriterion[] Steps { get; init; }

    /// <summary>Every team that can be ranked (global indices), and the local index of each global team (−1 if none).</summary>
    public required int[] Teams { get; init; }

    public required int[] LocalOf { get; init; }

    /// <summary>The destination index of each rank.</summary>
    public required int[] SlotDestination { get; init; }

    /// <summary>For an allocation table: per mask of the qualifiers' groups (bit = index into <see cref="Groups"/>), the group met per column.</summary>
    public Dictionary<int, int[]>? Allocation { get; init; }

    /// <summary>How many ranked teams qualify through the allocation table.</summary>
    public int AllocationQualifiers { get; init; }
}

/// <summary>A knockout tie ready to simulate.</summary>
internal sealed class TiePlan
{
    public required TieDefinition Tie { get; init; }

    public required EntrantRef Home { get; init; }

    public required EntrantRef Away { get; init; }

    /// <summary>The winner when the tie is decided at the date (global), else −1.</summary>
    public int Decided { get; init; } = -1;

    /// <summary>The team that goes through by walkover (global), else −1.</summary>
    public int Walkover { get; init; } = -1;

    /// <summary>Legs played at the date (teams known), and their goals: home and away team's total, and goals each scored away.</summary>
    public int PlayedLegs { get; init; }

    public int HomeGoals { get; init; }

    public int AwayGoals { get; init; }

    public int HomeAwayGoals { get; init; }

    public int AwayAwayGoals { get; init; }

    public required int WinnerDestination { get; set; }

    public required int LoserDestination { get; set; }
}

/// <summary>
/// A competition prepared for simulation stage by stage (<see cref="StageForecaster"/>): teams as global indices, groups,
/// rankings and ties in definition order, every final destination, and the distribution of every pairing a tie may
/// bring, drawn once before the simulations so that the loop calls no model and allocates nothing.
/// </summary>
internal sealed partial class StagePlan
{
    public required CompetitionDefinition Competition { get; init; }

    public required ImmutableArray<string> Teams { get; init; }

    /// <summary>Stages in order, each with its draws made in the simulation, group plans, ranking plans and tie plans (indices).</summary>
    public required (int[] Draws, int[] Groups, int[] Rankings, int[] Ties)[] Stages { get; init; }

    public required GroupPlan[] Groups { get; init; }

    public required RankingPlan[] Rankings { get; init; }

    public required TiePlan[] Ties { get; init; }

    public required ImmutableArray<ForecastDestination> Destinations { get; init; }

    public required ScoreSampler Sampler { get; init; }

    /// <summary>
    /// [venue × teams² + home × teams + away]: the sampler index of the 90-minute distribution of a pairing, venue 0 at
    /// the home team's ground and 1 neutral; −1 where no tie can bring it.
    /// </summary>
    public required int[] Regular { get; init; }

    /// <summary>As <see cref="Regular"/>, for extra time (<see cref="PlayoffOdds.ExtraTime"/>).</summary>
    public required int[] Extra { get; init; }

    /// <summary>The result thresholds (<see cref="ScoreSampler.ResultsOf"/>) of each entry of <see cref="Regular"/>.</summary>
    public required (uint HomeWin, uint NotAwayWin)[] RegularResult { get; init; }

    /// <summary>The result thresholds of each entry of <see cref="Extra"/>.</summary>
    public required (uint HomeWin, uint NotAwayWin)[] ExtraResult { get; init; }

    /// <summary>Each global team's place in the drawing of lots (0 drawn first, ranked higher).</summary>
    public required int[] LotsRank { get; init; }

    /// <summary>The draws made in each simulation, stage by stage (<see cref="Stages"/> names them).</summary>
    public required DrawPlan[] Draws { get; init; }

    /// <summary>The priority lists that places take teams from (<see cref="EntrantKind.Listed"/>).</summary>
    public required ListPlan[] Lists { get; init; }

    /// <summary>
    /// Each global team's place in the ranking that sets ranked pots (<see cref="ForecastRequest.DrawRanking"/>: 0 the
    /// highest-ranked; teams the ranking does not list after every listed team, by name).
    /// </summary>
    public required int[] DrawRank { get; init; }

    /// <summary>What the forecast assumes about the draws and the open groups it simulates, for the reader.</summary>
    public required ImmutableArray<string> Notes { get; init; }
}
